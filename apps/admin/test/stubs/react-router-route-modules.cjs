// react-router's lib/dom/ssr/routeModules.js uses import.meta (framework mode's lazy route modules),
// which CommonJS under jest cannot parse. The admin uses declarative routes, so it is never called.
module.exports = {
  loadRouteModule() {
    throw new Error('route modules are not used by the admin');
  },
};
