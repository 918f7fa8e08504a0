Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
var LANGUAGE_CODES = [
	{
		code: "fi",
		name: "Suomi"
	},
	{
		code: "sv",
		name: "Svenska"
	},
	{
		code: "en",
		name: "English"
	}
].map((l) => l.code);
function isLanguage(value) {
	return typeof value === "string" && LANGUAGE_CODES.includes(value);
}
// ../../node_modules/@0no-co/graphql.web/dist/graphql.web.mjs
var e = {
	NAME: "Name",
	DOCUMENT: "Document",
	OPERATION_DEFINITION: "OperationDefinition",
	VARIABLE_DEFINITION: "VariableDefinition",
	SELECTION_SET: "SelectionSet",
	FIELD: "Field",
	ARGUMENT: "Argument",
	FRAGMENT_SPREAD: "FragmentSpread",
	INLINE_FRAGMENT: "InlineFragment",
	FRAGMENT_DEFINITION: "FragmentDefinition",
	VARIABLE: "Variable",
	INT: "IntValue",
	FLOAT: "FloatValue",
	STRING: "StringValue",
	BOOLEAN: "BooleanValue",
	NULL: "NullValue",
	ENUM: "EnumValue",
	LIST: "ListValue",
	OBJECT: "ObjectValue",
	OBJECT_FIELD: "ObjectField",
	DIRECTIVE: "Directive",
	NAMED_TYPE: "NamedType",
	LIST_TYPE: "ListType",
	NON_NULL_TYPE: "NonNullType"
};
var GraphQLError = class extends Error {
	constructor(e, r, i, n, t, a, o) {
		if (super(e), this.name = "GraphQLError", this.message = e, t) this.path = t;
		if (r) this.nodes = Array.isArray(r) ? r : [r];
		if (i) this.source = i;
		if (n) this.positions = n;
		if (a) this.originalError = a;
		var l = o;
		if (!l && a) {
			var d = a.extensions;
			if (d && "object" == typeof d) l = d;
		}
		this.extensions = l || {};
	}
	toJSON() {
		return {
			...this,
			message: this.message
		};
	}
	toString() {
		return this.message;
	}
	get [Symbol.toStringTag]() {
		return "GraphQLError";
	}
};
var i$1;
var n;
function error(e) {
	return new GraphQLError(`Syntax Error: Unexpected token at ${n} in ${e}`);
}
function advance(e) {
	if (e.lastIndex = n, e.test(i$1)) return i$1.slice(n, n = e.lastIndex);
}
var t = / +(?=[^\s])/y;
function blockString(e) {
	var r = e.split("\n");
	var i = "";
	var n = 0;
	var a = 0;
	var o = r.length - 1;
	for (var l = 0; l < r.length; l++) if (t.lastIndex = 0, t.test(r[l])) {
		if (l && (!n || t.lastIndex < n)) n = t.lastIndex;
		a = a || l, o = l;
	}
	for (var d = a; d <= o; d++) {
		if (d !== a) i += "\n";
		i += r[d].slice(n).replace(/\\"""/g, "\"\"\"");
	}
	return i;
}
function ignored() {
	for (var e = 0 | i$1.charCodeAt(n++); 9 === e || 10 === e || 13 === e || 32 === e || 35 === e || 44 === e || 65279 === e; e = 0 | i$1.charCodeAt(n++)) if (35 === e) for (; (e = 0 | i$1.charCodeAt(n++)) && 10 !== e && 13 !== e;);
	n--;
}
function name() {
	var e = n;
	for (var r = 0 | i$1.charCodeAt(n++); r >= 48 && r <= 57 || r >= 65 && r <= 90 || 95 === r || r >= 97 && r <= 122; r = 0 | i$1.charCodeAt(n++));
	if (e === n - 1) throw error("Name");
	var t = i$1.slice(e, --n);
	return ignored(), t;
}
function nameNode() {
	return {
		kind: "Name",
		value: name()
	};
}
var a = /(?:"""|(?:[\s\S]*?[^\\])""")/y;
var o = /(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;
function value(e) {
	var r;
	switch (i$1.charCodeAt(n)) {
		case 91:
			n++, ignored();
			var t = [];
			for (; 93 !== i$1.charCodeAt(n);) t.push(value(e));
			return n++, ignored(), {
				kind: "ListValue",
				values: t
			};
		case 123:
			n++, ignored();
			var l = [];
			for (; 125 !== i$1.charCodeAt(n);) {
				var d = nameNode();
				if (58 !== i$1.charCodeAt(n++)) throw error("ObjectField");
				ignored(), l.push({
					kind: "ObjectField",
					name: d,
					value: value(e)
				});
			}
			return n++, ignored(), {
				kind: "ObjectValue",
				fields: l
			};
		case 36:
			if (e) throw error("Variable");
			return n++, {
				kind: "Variable",
				name: nameNode()
			};
		case 34: if (34 === i$1.charCodeAt(n + 1) && 34 === i$1.charCodeAt(n + 2)) {
			if (n += 3, null == (r = advance(a))) throw error("StringValue");
			return ignored(), {
				kind: "StringValue",
				value: blockString(r.slice(0, -3)),
				block: !0
			};
		} else {
			var u = n;
			var s;
			n++;
			var c = !1;
			for (s = 0 | i$1.charCodeAt(n++); 92 === s && (n++, c = !0) || 10 !== s && 13 !== s && 34 !== s && s; s = 0 | i$1.charCodeAt(n++));
			if (34 !== s) throw error("StringValue");
			return r = i$1.slice(u, n), ignored(), {
				kind: "StringValue",
				value: c ? JSON.parse(r) : r.slice(1, -1),
				block: !1
			};
		}
		case 45:
		case 48:
		case 49:
		case 50:
		case 51:
		case 52:
		case 53:
		case 54:
		case 55:
		case 56:
		case 57:
			var v = n++;
			var f;
			for (; (f = 0 | i$1.charCodeAt(n++)) >= 48 && f <= 57;);
			var m = i$1.slice(v, --n);
			if (46 === (f = i$1.charCodeAt(n)) || 69 === f || 101 === f) {
				if (null == (r = advance(o))) throw error("FloatValue");
				return ignored(), {
					kind: "FloatValue",
					value: m + r
				};
			} else return ignored(), {
				kind: "IntValue",
				value: m
			};
		case 110: if (117 === i$1.charCodeAt(n + 1) && 108 === i$1.charCodeAt(n + 2) && 108 === i$1.charCodeAt(n + 3)) return n += 4, ignored(), { kind: "NullValue" };
		else break;
		case 116: if (114 === i$1.charCodeAt(n + 1) && 117 === i$1.charCodeAt(n + 2) && 101 === i$1.charCodeAt(n + 3)) return n += 4, ignored(), {
			kind: "BooleanValue",
			value: !0
		};
		else break;
		case 102: if (97 === i$1.charCodeAt(n + 1) && 108 === i$1.charCodeAt(n + 2) && 115 === i$1.charCodeAt(n + 3) && 101 === i$1.charCodeAt(n + 4)) return n += 5, ignored(), {
			kind: "BooleanValue",
			value: !1
		};
		else break;
	}
	return {
		kind: "EnumValue",
		value: name()
	};
}
function arguments_(e) {
	if (40 === i$1.charCodeAt(n)) {
		var r = [];
		n++, ignored();
		do {
			var t = nameNode();
			if (58 !== i$1.charCodeAt(n++)) throw error("Argument");
			ignored(), r.push({
				kind: "Argument",
				name: t,
				value: value(e)
			});
		} while (41 !== i$1.charCodeAt(n));
		return n++, ignored(), r;
	}
}
function directives(e) {
	if (64 === i$1.charCodeAt(n)) {
		var r = [];
		do
			n++, r.push({
				kind: "Directive",
				name: nameNode(),
				arguments: arguments_(e)
			});
		while (64 === i$1.charCodeAt(n));
		return r;
	}
}
function type() {
	var e = 0;
	for (; 91 === i$1.charCodeAt(n);) e++, n++, ignored();
	var r = {
		kind: "NamedType",
		name: nameNode()
	};
	do {
		if (33 === i$1.charCodeAt(n)) n++, ignored(), r = {
			kind: "NonNullType",
			type: r
		};
		if (e) {
			if (93 !== i$1.charCodeAt(n++)) throw error("NamedType");
			ignored(), r = {
				kind: "ListType",
				type: r
			};
		}
	} while (e--);
	return r;
}
function selectionSetStart() {
	if (123 !== i$1.charCodeAt(n++)) throw error("SelectionSet");
	return ignored(), selectionSet();
}
function selectionSet() {
	var e = [];
	do
		if (46 === i$1.charCodeAt(n)) {
			if (46 !== i$1.charCodeAt(++n) || 46 !== i$1.charCodeAt(++n)) throw error("SelectionSet");
			switch (n++, ignored(), i$1.charCodeAt(n)) {
				case 64:
					e.push({
						kind: "InlineFragment",
						typeCondition: void 0,
						directives: directives(!1),
						selectionSet: selectionSetStart()
					});
					break;
				case 111:
					if (110 === i$1.charCodeAt(n + 1)) n += 2, ignored(), e.push({
						kind: "InlineFragment",
						typeCondition: {
							kind: "NamedType",
							name: nameNode()
						},
						directives: directives(!1),
						selectionSet: selectionSetStart()
					});
					else e.push({
						kind: "FragmentSpread",
						name: nameNode(),
						directives: directives(!1)
					});
					break;
				case 123:
					n++, ignored(), e.push({
						kind: "InlineFragment",
						typeCondition: void 0,
						directives: void 0,
						selectionSet: selectionSet()
					});
					break;
				default: e.push({
					kind: "FragmentSpread",
					name: nameNode(),
					directives: directives(!1)
				});
			}
		} else {
			var r = nameNode();
			var t = void 0;
			if (58 === i$1.charCodeAt(n)) n++, ignored(), t = r, r = nameNode();
			var a = arguments_(!1);
			var o = directives(!1);
			var l = void 0;
			if (123 === i$1.charCodeAt(n)) n++, ignored(), l = selectionSet();
			e.push({
				kind: "Field",
				alias: t,
				name: r,
				arguments: a,
				directives: o,
				selectionSet: l
			});
		}
	while (125 !== i$1.charCodeAt(n));
	return n++, ignored(), {
		kind: "SelectionSet",
		selections: e
	};
}
function variableDefinitions() {
	if (ignored(), 40 === i$1.charCodeAt(n)) {
		var e = [];
		n++, ignored();
		do {
			var r = void 0;
			if (34 === i$1.charCodeAt(n)) r = value(!0);
			if (36 !== i$1.charCodeAt(n++)) throw error("Variable");
			var t = nameNode();
			if (58 !== i$1.charCodeAt(n++)) throw error("VariableDefinition");
			ignored();
			var a = type();
			var o = void 0;
			if (61 === i$1.charCodeAt(n)) n++, ignored(), o = value(!0);
			ignored();
			var l = {
				kind: "VariableDefinition",
				variable: {
					kind: "Variable",
					name: t
				},
				type: a,
				defaultValue: o,
				directives: directives(!0)
			};
			if (r) l.description = r;
			e.push(l);
		} while (41 !== i$1.charCodeAt(n));
		return n++, ignored(), e;
	}
}
function fragmentDefinition(e) {
	var r = nameNode();
	if (111 !== i$1.charCodeAt(n++) || 110 !== i$1.charCodeAt(n++)) throw error("FragmentDefinition");
	ignored();
	var t = {
		kind: "FragmentDefinition",
		name: r,
		typeCondition: {
			kind: "NamedType",
			name: nameNode()
		},
		directives: directives(!1),
		selectionSet: selectionSetStart()
	};
	if (e) t.description = e;
	return t;
}
function definitions() {
	var e = [];
	do {
		var r = void 0;
		if (34 === i$1.charCodeAt(n)) r = value(!0);
		if (123 === i$1.charCodeAt(n)) {
			if (r) throw error("Document");
			n++, ignored(), e.push({
				kind: "OperationDefinition",
				operation: "query",
				name: void 0,
				variableDefinitions: void 0,
				directives: void 0,
				selectionSet: selectionSet()
			});
		} else {
			var t = name();
			switch (t) {
				case "fragment":
					e.push(fragmentDefinition(r));
					break;
				case "query":
				case "mutation":
				case "subscription":
					var a;
					var o = void 0;
					if (40 !== (a = i$1.charCodeAt(n)) && 64 !== a && 123 !== a) o = nameNode();
					var l = {
						kind: "OperationDefinition",
						operation: t,
						name: o,
						variableDefinitions: variableDefinitions(),
						directives: directives(!1),
						selectionSet: selectionSetStart()
					};
					if (r) l.description = r;
					e.push(l);
					break;
				default: throw error("Document");
			}
		}
	} while (n < i$1.length);
	return e;
}
function parse(e, r) {
	if (i$1 = e.body ? e.body : e, n = 0, ignored(), r && r.noLocation) return {
		kind: "Document",
		definitions: definitions()
	};
	else return {
		kind: "Document",
		definitions: definitions(),
		loc: {
			start: 0,
			end: i$1.length,
			startToken: void 0,
			endToken: void 0,
			source: {
				body: i$1,
				name: "graphql.web",
				locationOffset: {
					line: 1,
					column: 1
				}
			}
		}
	};
}
function mapJoin(e, r, i) {
	var n = "";
	for (var t = 0; t < e.length; t++) {
		if (t) n += r;
		n += i(e[t]);
	}
	return n;
}
function printString(e) {
	return JSON.stringify(e);
}
function printBlockString(e) {
	return "\"\"\"\n" + e.replace(/"""/g, "\\\"\"\"") + "\n\"\"\"";
}
var d$1 = "\n";
var u$1 = {
	OperationDefinition(e) {
		var r = "";
		if (e.description) r += u$1.StringValue(e.description) + "\n";
		if (r += e.operation, e.name) r += " " + e.name.value;
		if (e.variableDefinitions && e.variableDefinitions.length) {
			if (!e.name) r += " ";
			r += "(" + mapJoin(e.variableDefinitions, ", ", u$1.VariableDefinition) + ")";
		}
		if (e.directives && e.directives.length) r += " " + mapJoin(e.directives, " ", u$1.Directive);
		var i = u$1.SelectionSet(e.selectionSet);
		return "query" !== r ? r + " " + i : i;
	},
	VariableDefinition(e) {
		var r = "";
		if (e.description) r += u$1.StringValue(e.description) + " ";
		if (r += u$1.Variable(e.variable) + ": " + _print(e.type), e.defaultValue) r += " = " + _print(e.defaultValue);
		if (e.directives && e.directives.length) r += " " + mapJoin(e.directives, " ", u$1.Directive);
		return r;
	},
	Field(e) {
		var r = e.alias ? e.alias.value + ": " + e.name.value : e.name.value;
		if (e.arguments && e.arguments.length) {
			var i = mapJoin(e.arguments, ", ", u$1.Argument);
			if (r.length + i.length + 2 > 80) r += "(" + (d$1 += "  ") + mapJoin(e.arguments, d$1, u$1.Argument) + (d$1 = d$1.slice(0, -2)) + ")";
			else r += "(" + i + ")";
		}
		if (e.directives && e.directives.length) r += " " + mapJoin(e.directives, " ", u$1.Directive);
		if (e.selectionSet && e.selectionSet.selections.length) r += " " + u$1.SelectionSet(e.selectionSet);
		return r;
	},
	StringValue(e) {
		if (e.block) return printBlockString(e.value).replace(/\n/g, d$1);
		else return printString(e.value);
	},
	BooleanValue: (e) => "" + e.value,
	NullValue: (e) => "null",
	IntValue: (e) => e.value,
	FloatValue: (e) => e.value,
	EnumValue: (e) => e.value,
	Name: (e) => e.value,
	Variable: (e) => "$" + e.name.value,
	ListValue: (e) => "[" + mapJoin(e.values, ", ", _print) + "]",
	ObjectValue: (e) => "{" + mapJoin(e.fields, ", ", u$1.ObjectField) + "}",
	ObjectField: (e) => e.name.value + ": " + _print(e.value),
	Document(e) {
		if (!e.definitions || !e.definitions.length) return "";
		else return mapJoin(e.definitions, "\n\n", _print);
	},
	SelectionSet: (e) => "{" + (d$1 += "  ") + mapJoin(e.selections, d$1, _print) + (d$1 = d$1.slice(0, -2)) + "}",
	Argument: (e) => e.name.value + ": " + _print(e.value),
	FragmentSpread(e) {
		var r = "..." + e.name.value;
		if (e.directives && e.directives.length) r += " " + mapJoin(e.directives, " ", u$1.Directive);
		return r;
	},
	InlineFragment(e) {
		var r = "...";
		if (e.typeCondition) r += " on " + e.typeCondition.name.value;
		if (e.directives && e.directives.length) r += " " + mapJoin(e.directives, " ", u$1.Directive);
		return r += " " + u$1.SelectionSet(e.selectionSet);
	},
	FragmentDefinition(e) {
		var r = "";
		if (e.description) r += u$1.StringValue(e.description) + "\n";
		if (r += "fragment " + e.name.value, r += " on " + e.typeCondition.name.value, e.directives && e.directives.length) r += " " + mapJoin(e.directives, " ", u$1.Directive);
		return r + " " + u$1.SelectionSet(e.selectionSet);
	},
	Directive(e) {
		var r = "@" + e.name.value;
		if (e.arguments && e.arguments.length) r += "(" + mapJoin(e.arguments, ", ", u$1.Argument) + ")";
		return r;
	},
	NamedType: (e) => e.name.value,
	ListType: (e) => "[" + _print(e.type) + "]",
	NonNullType: (e) => _print(e.type) + "!"
};
var _print = (e) => u$1[e.kind](e);
function print(e) {
	return d$1 = "\n", u$1[e.kind] ? u$1[e.kind](e) : "";
}
// ../../node_modules/@urql/core/dist/urql-core-chunk.mjs
var phash = (e, r) => {
	var t = 0 | (r || 5381);
	for (var a = 0, n = 0 | e.length; a < n; a++) t = (t << 5) + t + e.charCodeAt(a);
	return t;
};
var i = /* @__PURE__ */ new Set();
var f = /* @__PURE__ */ new WeakMap();
var stringify = (e, r) => {
	if (null === e || i.has(e)) return "null";
	else if ("object" != typeof e) return JSON.stringify(e) || "";
	else if (e.toJSON) return stringify(e.toJSON(), r);
	else if (Array.isArray(e)) {
		var t = "[";
		for (var a = 0, n = e.length; a < n; a++) {
			if (t.length > 1) t += ",";
			t += stringify(e[a], r) || "null";
		}
		return t += "]";
	} else if (!r && (d !== NoopConstructor && e instanceof d || l !== NoopConstructor && e instanceof l)) return "null";
	var o = Object.keys(e).sort();
	if (!o.length && e.constructor && Object.getPrototypeOf(e).constructor !== Object.prototype.constructor) {
		var s = f.get(e) || Math.random().toString(36).slice(2);
		f.set(e, s);
		return stringify({ __key: s }, r);
	}
	i.add(e);
	var c = "{";
	for (var v = 0, u = o.length; v < u; v++) {
		var p = stringify(e[o[v]], r);
		if (p) {
			if (c.length > 1) c += ",";
			c += stringify(o[v], r) + ":" + p;
		}
	}
	i.delete(e);
	return c += "}";
};
var stringifyVariables = (e, r) => {
	i.clear();
	return stringify(e, r || !1);
};
var NoopConstructor = class {};
var d = "undefined" != typeof File ? File : NoopConstructor;
var l = "undefined" != typeof Blob ? Blob : NoopConstructor;
var c = /("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g;
var v = /(?:#[^\n\r]+)?(?:[\r\n]+|$)/g;
var replaceOutsideStrings = (e, r) => r % 2 == 0 ? e.replace(v, "\n") : e;
var sanitizeDocument = (e) => e.split(c).map(replaceOutsideStrings).join("").trim();
var u = /* @__PURE__ */ new Map();
var p = /* @__PURE__ */ new Map();
var stringifyDocument = (e) => {
	var t;
	if ("string" == typeof e) t = sanitizeDocument(e);
	else if (e.loc && p.get(e.__key) === e) t = e.loc.source.body;
	else {
		t = u.get(e) || sanitizeDocument(print(e));
		u.set(e, t);
	}
	if ("string" != typeof e && !e.loc) e.loc = {
		start: 0,
		end: t.length,
		source: {
			body: t,
			name: "gql",
			locationOffset: {
				line: 1,
				column: 1
			}
		}
	};
	return t;
};
var hashDocument = (e) => {
	var r;
	if (e.documentId) r = phash(e.documentId);
	else {
		r = phash(stringifyDocument(e));
		if (e.definitions) {
			var t = getOperationName(e);
			if (t) r = phash(`\n# ${t}`, r);
		}
	}
	return r;
};
var keyDocument = (e) => {
	var r;
	var t;
	if ("string" == typeof e) {
		r = hashDocument(e);
		t = p.get(r) || parse(e, { noLocation: !0 });
	} else {
		r = e.__key || hashDocument(e);
		t = p.get(r) || e;
	}
	if (!t.loc) stringifyDocument(t);
	t.__key = r;
	p.set(r, t);
	return t;
};
var createRequest = (e, r, t) => {
	var a = r || {};
	var n = keyDocument(e);
	var o = stringifyVariables(a, !0);
	var s = n.__key;
	if ("{}" !== o) s = phash(o, s);
	return {
		key: s,
		query: n,
		variables: a,
		extensions: t
	};
};
var getOperationName = (e$1) => {
	for (var r = 0, a = e$1.definitions.length; r < a; r++) {
		var n = e$1.definitions[r];
		if (n.kind === e.OPERATION_DEFINITION) return n.name ? n.name.value : void 0;
	}
};
// ../../node_modules/@urql/core/dist/urql-core.mjs
var formatNode = (r) => {
	if ("definitions" in r) {
		var t = [];
		for (var n = 0, a = r.definitions.length; n < a; n++) {
			var i = formatNode(r.definitions[n]);
			t.push(i);
		}
		return {
			...r,
			definitions: t
		};
	}
	if ("directives" in r && r.directives && r.directives.length) {
		var o = [];
		var s = {};
		for (var c = 0, u = r.directives.length; c < u; c++) {
			var d = r.directives[c];
			var p = d.name.value;
			if ("_" !== p[0]) o.push(d);
			else p = p.slice(1);
			s[p] = d;
		}
		r = {
			...r,
			directives: o,
			_directives: s
		};
	}
	if ("selectionSet" in r) {
		var l = [];
		var v = r.kind === e.OPERATION_DEFINITION;
		if (r.selectionSet) {
			for (var f = 0, h = r.selectionSet.selections.length; f < h; f++) {
				var k = r.selectionSet.selections[f];
				v = v || k.kind === e.FIELD && "__typename" === k.name.value && !k.alias;
				var y = formatNode(k);
				l.push(y);
			}
			if (!v) l.push({
				kind: e.FIELD,
				name: {
					kind: e.NAME,
					value: "__typename"
				},
				_generated: !0
			});
			return {
				...r,
				selectionSet: {
					...r.selectionSet,
					selections: l
				}
			};
		}
	}
	return r;
};
var I = /* @__PURE__ */ new Map();
var formatDocument = (e) => {
	var t = keyDocument(e);
	var n = I.get(t.__key);
	if (!n) {
		I.set(t.__key, n = formatNode(t));
		Object.defineProperty(n, "__key", {
			value: t.__key,
			enumerable: !1
		});
	}
	return n;
};
// src/lib/language.ts
/** The `lang` query parameter, when it names one of our languages. */
function languageFromSearch(search) {
	const lang = new URLSearchParams(search).get("lang");
	return isLanguage(lang) ? lang : null;
}
// src/lib/otherHelp.ts
/**
* Help outside the network (issue 18, the "pie"): `Network.otherHelp` for a search, and the section's
* fi/sv/en texts. Shown apart from the network's own services and never counted with them.
*/
var OTHER_HELP_QUERY = `
  query PortalOtherHelp(
    $slug: String!
    $municipalityCode: String
    $themeIds: [ID!]
    $targetGroupIds: [ID!]
    $first: Int
  ) {
    network(slug: $slug) {
      id
      otherHelp(
        municipalityCode: $municipalityCode
        themeIds: $themeIds
        targetGroupIds: $targetGroupIds
        first: $first
      ) {
        totalCount
        edges {
          node {
            id
            name
            description {
              fi
              sv
              en
            }
            phone
            chatUrl
            website
            openingHours {
              open247
            }
          }
        }
      }
    }
  }
`;
/** The query's variables for a search (also what lib/prefetch.ts asks at start-up). */
function otherHelpVariables(search) {
	return {
		slug: search?.networkSlug ?? "",
		municipalityCode: search?.municipality ?? void 0,
		themeIds: search?.themes.length ? [...search.themes] : void 0,
		targetGroupIds: search?.targetGroups.length ? [...search.targetGroups] : void 0,
		first: 10
	};
}
// src/lib/queries.ts
var L = "fi sv en fiPlain";
var NETWORK_QUERY = `
  query PortalNetwork($slug: String!) {
    me { id name }
    network(slug: $slug) {
      id
      slug
      name
      description { ${L} }
      brand { primaryColor accentColor logoUrl }
      contact { phone email website }
      taxonomy(first: 100) { edges { node { id slug kind label { ${L} } } } }
    }
  }
`;
var MUNICIPALITY_QUERY = `
  query PortalMunicipality($code: String!) {
    municipality(code: $code) {
      code
      name {
        fi
        sv
      }
      wellbeingArea {
        code
        name {
          fi
          sv
          en
        }
      }
    }
  }
`;
var SEARCH_QUERY = `
  query PortalSearch($input: SearchServicesInput!, $first: Int!, $municipalityCode: String) {
    searchServices(input: $input, first: $first) {
      totalCount
      totalCountExact
      facetsExact
      partialMatch
      pageInfo { hasNextPage }
      edges { partialMatch node { ${`
  id
  responsibleOrganization { id name }
  published {
    name { ${L} }
    summary { ${L} }
    cost
    accessMode
    channels
    serviceLanguages
    ageMin
    ageMax
    contact { phone website }
  }
  deliveries(first: 1, municipalityCode: $municipalityCode) {
    totalCount
    edges {
      node {
        contact { phone website }
        openingHours { open247 periods { days opens closes } }
      }
    }
  }
`} } }
      facets {
        themes { termId count term { id slug kind label { ${L} } } }
        targetGroups { termId count term { id slug kind label { ${L} } } }
        languages { language count }
        channels { channel count }
        freeOfCharge { value count }
        acceptingClients { value count }
      }
    }
  }
`;
var SERVICE_QUERY = `
  query PortalService($id: ID!, $municipalityCode: String) {
    me { id name }
    service(id: $id) {
      id
      network { slug }
      responsibleOrganization { id name website }
      published {
        name { ${L} }
        summary { ${L} }
        description { ${L} }
        accessMode
        cost
        costNote { ${L} }
        ageMin
        ageMax
        channels
        serviceLanguages
        contact { phone email website note { ${L} } }
        targetGroups { id slug kind label { ${L} } }
        themes { id slug kind label { ${L} } }
        path { position title { ${L} } description { ${L} } }
        professionalInfo {
          eligibility { ${L} }
          howToRefer { ${L} }
          whatHappensNext { ${L} }
        }
      }
      deliveries(first: 20, municipalityCode: $municipalityCode) {
        totalCount
        edges {
          node {
            id
            acceptingClients
            isRemote
            isNationwide
            isAnonymous
            hasOnlineBooking
            organization { id name }
            contact { name phone email website }
            openingHours { open247 note { ${L} } periods { days opens closes } }
            locations { id name streetAddress postalCode postOffice accessibility { ${L} } }
            municipalities { code name { fi sv } }
            wellbeingAreas { code name { fi sv en } }
            regions { code name { fi sv en } }
          }
        }
      }
    }
  }
`;
// src/lib/searchState.ts
/**
* The search lives in the URL (shareable, bookmarkable, Back/Forward work):
* `/:networkSlug/search?q=&municipality=091&theme=<id>&targetGroup=<id>&age=&language=sv&channel=PHONE&free=1&accepting=1&page=2`
* Repeated keys (theme, targetGroup, language, channel) are "any of". Anything malformed is dropped,
* never sent to the API. `lang` (the UI language) is not part of the search and is kept as is.
*/
var CHANNELS = [
	"PHONE",
	"CHAT",
	"VIDEO",
	"IN_PERSON",
	"GROUP",
	"HOME_VISIT"
];
var MUNICIPALITY = /^\d{3}$/;
var TERM_ID = /^[0-9a-f-]{1,64}$/i;
var LANGUAGE = /^[a-z]{2}$/;
function unique(values) {
	return [...new Set(values)];
}
function intIn(value, min, max) {
	if (value === null || !/^\d{1,3}$/.test(value)) return null;
	const n = Number(value);
	return n >= min && n <= max ? n : null;
}
function parseSearch(search) {
	const params = new URLSearchParams(search);
	const municipality = params.get("municipality");
	return {
		q: (params.get("q") ?? "").trim().slice(0, 200),
		municipality: municipality && MUNICIPALITY.test(municipality) ? municipality : null,
		themes: unique(params.getAll("theme").filter((id) => TERM_ID.test(id))).slice(0, 20),
		targetGroups: unique(params.getAll("targetGroup").filter((id) => TERM_ID.test(id))).slice(0, 20),
		age: intIn(params.get("age"), 0, 120),
		languages: unique(params.getAll("language").filter((code) => LANGUAGE.test(code))).slice(0, 10),
		channels: unique(params.getAll("channel").filter((c) => CHANNELS.includes(c))),
		free: params.get("free") === "1",
		accepting: params.get("accepting") === "1",
		page: intIn(params.get("page"), 1, 10) ?? 1
	};
}
/** The API input for a state; empty filters are left out (so equal searches share a cache entry). */
function toSearchInput(state, networkSlug, locale) {
	const input = {
		networkSlug,
		locale
	};
	if (state.q) input.text = state.q;
	if (state.municipality) input.municipalityCode = state.municipality;
	if (state.themes.length) input.themes = state.themes;
	if (state.targetGroups.length) input.targetGroups = state.targetGroups;
	if (state.age !== null) input.age = state.age;
	if (state.languages.length) input.languages = state.languages;
	if (state.channels.length) input.channels = state.channels;
	if (state.free) input.freeOfCharge = true;
	if (state.accepting) input.acceptingClients = true;
	return input;
}
// src/lib/firstPage.ts
/** The same municipality rule as the service page: a 3-digit code, else none. */
function serviceMunicipality(search) {
	const code = new URLSearchParams(search).get("municipality") ?? "";
	return /^\d{3}$/.test(code) ? code : null;
}
/**
* The queries the page at `pathname` + `search` asks first, in `language`: the network (brand,
* taxonomy, `me`), then a results page's search (page 1, with the facets) and other help, or a
* service page's service, and the municipality's name. Used at start-up (lib/prefetch.ts) and by the
* API, which answers them into the page's HTML (server/firstPage.ts). Pages not listed here fetch
* their own data.
*/
function firstPageOperations(pathname, search, language) {
	const [networkSlug, section, id] = pathname.split("/").filter(Boolean);
	if (!networkSlug || networkSlug === "embed") return [];
	const operations = [];
	const ask = (query, variables) => {
		operations.push({
			query,
			variables
		});
	};
	ask(NETWORK_QUERY, { slug: networkSlug });
	let municipality = null;
	if (section === "search") {
		const state = parseSearch(search);
		if (state.page !== 1) return operations;
		municipality = state.municipality;
		ask(SEARCH_QUERY, {
			input: toSearchInput(state, networkSlug, language),
			first: 10,
			municipalityCode: state.municipality ?? void 0
		});
		ask(OTHER_HELP_QUERY, otherHelpVariables({
			networkSlug,
			municipality: state.municipality,
			themes: state.themes,
			targetGroups: state.targetGroups
		}));
	} else if (section === "services" && id) {
		municipality = serviceMunicipality(search);
		ask(SERVICE_QUERY, {
			id,
			municipalityCode: municipality
		});
	}
	if (municipality) ask(MUNICIPALITY_QUERY, { code: municipality });
	return operations;
}
/** The route module the page at `pathname` renders first, when it is one worth loading at once. */
function firstRouteModule(pathname) {
	const [first, second, third] = pathname.split("/").filter(Boolean);
	if (first === "embed") return "EmbedPage";
	if (!first) return "AllNetworksPage";
	if (!second) return "HomePage";
	if (second === "search") return "SearchPage";
	if (second === "services") return "ServicePage";
	if (second === "events") return third ? "events/EventPage" : "events/EventsPage";
	if (second === "info-sessions") return "info-sessions/InfoSessionsPage";
}
// src/lib/client.ts
/** The element in which the API puts the first page's answers (server/firstPage.ts). */
var FIRST_PAGE_DATA_ID = "linja-first-page";
// src/server/firstPage.ts
/**
* The first page's answers for `pathname` + `search` in the language the URL names (else Finnish,
* the portal's default; a reader whose visit chose another language in sessionStorage asks again
* from the browser, keys differ). An operation that fails or answers with errors is left out: the
* browser then asks it itself and shows its error as it always did.
*/
async function firstPage(pathname, search, execute) {
	const language = languageFromSearch(search) ?? "fi";
	const data = {};
	await Promise.all(firstPageOperations(pathname, search, language).map(async ({ query, variables }) => {
		const request = createRequest(query, variables);
		const result = await execute({
			query: stringifyDocument(formatDocument(request.query)),
			variables: variables ?? {}
		}).catch(() => null);
		if (!result || result.errors?.length || result.data == null) return;
		data[request.key] = {
			data: JSON.stringify(result.data),
			hasNext: false
		};
	}));
	const route = firstRouteModule(pathname);
	return {
		data,
		routeSource: route ? `src/routes/${route}.tsx` : void 0
	};
}
exports.FIRST_PAGE_DATA_ID = FIRST_PAGE_DATA_ID;
exports.firstPage = firstPage;
