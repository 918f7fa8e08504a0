const fi = {
  nav: 'Tuo palveluita',
  title: 'Tuo palveluita CSV-tiedostosta',
  description:
    'Tuo järjestön palvelut taulukosta: yksi rivi on yksi palvelu. Näet ensin, mitä jokaiselle riville tapahtuisi; mitään ei tallenneta ennen kuin vahvistat. Tuodut palvelut tallentuvat luonnoksiksi, jotka lähetetään verkoston tarkastukseen kuten muutkin.',
  template: 'Lataa mallitiedosto',
  templateHelp:
    'Tallenna taulukko muodossa ”CSV UTF-8”. Pilkku ja puolipiste käyvät erottimiksi. Teemat ja kohderyhmät annetaan verkoston koodeina puolipisteellä erotettuina.',
  network: 'Verkosto',
  file: 'CSV-tiedosto',
  filePlaceholder: 'Valitse tiedosto',
  checking: 'Tarkistetaan tiedostoa…',
  summary:
    'Uusia {{created}}, muuttuneita {{updated}}, ennallaan {{unchanged}}, virheellisiä {{errors}}.',
  ignored: 'Näitä sarakkeita ei lueta: {{columns}}.',
  caption: 'Tiedoston rivit',
  columns: {
    line: 'Rivi',
    externalId: 'Tunniste',
    name: 'Nimi',
    outcome: 'Tulos',
    issues: 'Virheet',
  },
  outcome: {
    CREATED: 'Uusi luonnos',
    UPDATED: 'Muuttuu',
    UNCHANGED: 'Ennallaan',
    ERROR: 'Virhe',
  },
  wholeRow: 'koko rivi',
  confirm: 'Tuo {{count}} palvelua luonnoksiksi',
  nothingToImport: 'Tiedostossa ei ole uutta tai muuttunutta tuotavaa.',
  skipped: 'Virheelliset rivit ohitetaan.',
  done: 'Tuonti tehty: uusia {{created}}, muuttuneita {{updated}}. Luonnokset löytyvät palveluista.',
  conflict:
    'Tiedosto tai palvelut ovat muuttuneet esikatselun jälkeen. Tarkista tiedosto uudelleen.',
  failed: 'Tuonti ei onnistunut. {{detail}}',
  fileErrors: {
    FILE_TOO_LARGE: 'Tiedosto on liian suuri (enintään 512 kt). Jaa se useampaan tiedostoon.',
    TOO_MANY_ROWS: 'Tiedostossa on yli 1000 riviä. Jaa se useampaan tiedostoon.',
    NOT_UTF8:
      'Tiedoston merkistö ei ole UTF-8 (ehkä Latin-1). Tallenna taulukko muodossa ”CSV UTF-8”.',
    UTF16: 'Tiedosto on UTF-16-muodossa. Tallenna taulukko muodossa ”CSV UTF-8”.',
    SPREADSHEET:
      'Tämä on taulukkotiedosto (esim. .xlsx), ei CSV. Tallenna se muodossa ”CSV UTF-8”.',
    BINARY: 'Tiedosto ei ole tekstiä. Valitse CSV-tiedosto.',
    EMPTY: 'Tiedosto on tyhjä.',
    NOT_BASE64: 'Tiedostoa ei voitu lukea.',
    MALFORMED_CSV: 'Tiedosto ei ole kelvollinen CSV (esim. sulkematon lainausmerkki).',
    MISSING_COLUMNS: 'Pakollisia sarakkeita puuttuu: {{columns}}.',
    DUPLICATE_COLUMNS: 'Sama sarake on kahdesti: {{columns}}.',
    other: 'Tiedostoa ei voitu tarkistaa. {{detail}}',
  },
};
export type ServiceImportMessages = typeof fi;

const sv: ServiceImportMessages = {
  nav: 'Importera tjänster',
  title: 'Importera tjänster från en CSV-fil',
  description:
    'Importera organisationens tjänster från en tabell: en rad är en tjänst. Du ser först vad som skulle hända med varje rad; ingenting sparas innan du bekräftar. Importerade tjänster sparas som utkast som skickas till nätverkets granskning som alla andra.',
  template: 'Ladda ner mallfilen',
  templateHelp:
    'Spara tabellen som ”CSV UTF-8”. Komma och semikolon duger som avgränsare. Teman och målgrupper anges med nätverkets koder, åtskilda med semikolon.',
  network: 'Nätverk',
  file: 'CSV-fil',
  filePlaceholder: 'Välj en fil',
  checking: 'Filen kontrolleras…',
  summary: 'Nya {{created}}, ändrade {{updated}}, oförändrade {{unchanged}}, felaktiga {{errors}}.',
  ignored: 'Dessa kolumner läses inte: {{columns}}.',
  caption: 'Filens rader',
  columns: {
    line: 'Rad',
    externalId: 'Identifierare',
    name: 'Namn',
    outcome: 'Resultat',
    issues: 'Fel',
  },
  outcome: {
    CREATED: 'Nytt utkast',
    UPDATED: 'Ändras',
    UNCHANGED: 'Oförändrad',
    ERROR: 'Fel',
  },
  wholeRow: 'hela raden',
  confirm: 'Importera {{count}} tjänster som utkast',
  nothingToImport: 'Filen har inget nytt eller ändrat att importera.',
  skipped: 'Felaktiga rader hoppas över.',
  done: 'Importen är klar: nya {{created}}, ändrade {{updated}}. Utkasten finns bland tjänsterna.',
  conflict:
    'Filen eller tjänsterna har ändrats efter förhandsgranskningen. Kontrollera filen igen.',
  failed: 'Importen lyckades inte. {{detail}}',
  fileErrors: {
    FILE_TOO_LARGE: 'Filen är för stor (högst 512 kB). Dela upp den i flera filer.',
    TOO_MANY_ROWS: 'Filen har över 1000 rader. Dela upp den i flera filer.',
    NOT_UTF8:
      'Filens teckenkodning är inte UTF-8 (kanske Latin-1). Spara tabellen som ”CSV UTF-8”.',
    UTF16: 'Filen är i UTF-16. Spara tabellen som ”CSV UTF-8”.',
    SPREADSHEET: 'Detta är en kalkylfil (t.ex. .xlsx), inte CSV. Spara den som ”CSV UTF-8”.',
    BINARY: 'Filen är inte text. Välj en CSV-fil.',
    EMPTY: 'Filen är tom.',
    NOT_BASE64: 'Filen kunde inte läsas.',
    MALFORMED_CSV: 'Filen är inte giltig CSV (t.ex. ett citattecken som inte stängs).',
    MISSING_COLUMNS: 'Obligatoriska kolumner saknas: {{columns}}.',
    DUPLICATE_COLUMNS: 'Samma kolumn finns två gånger: {{columns}}.',
    other: 'Filen kunde inte kontrolleras. {{detail}}',
  },
};

const en: ServiceImportMessages = {
  nav: 'Import services',
  title: 'Import services from a CSV file',
  description:
    'Import the organisation’s services from a spreadsheet: one row is one service. You first see what would happen to each row; nothing is saved until you confirm. Imported services are saved as drafts, which go to the network’s review like any other.',
  template: 'Download the template',
  templateHelp:
    'Save the spreadsheet as “CSV UTF-8”. Commas and semicolons both work as separators. Themes and target groups are the network’s codes, separated by semicolons.',
  network: 'Network',
  file: 'CSV file',
  filePlaceholder: 'Choose a file',
  checking: 'Checking the file…',
  summary: 'New {{created}}, changed {{updated}}, unchanged {{unchanged}}, with errors {{errors}}.',
  ignored: 'These columns are not read: {{columns}}.',
  caption: 'Rows of the file',
  columns: {
    line: 'Line',
    externalId: 'Identifier',
    name: 'Name',
    outcome: 'Outcome',
    issues: 'Errors',
  },
  outcome: {
    CREATED: 'New draft',
    UPDATED: 'Changes',
    UNCHANGED: 'Unchanged',
    ERROR: 'Error',
  },
  wholeRow: 'whole row',
  confirm: 'Import {{count}} services as drafts',
  nothingToImport: 'The file has nothing new or changed to import.',
  skipped: 'Rows with errors are skipped.',
  done: 'Import done: {{created}} new, {{updated}} changed. The drafts are among the services.',
  conflict: 'The file or the services changed after the preview. Check the file again.',
  failed: 'The import did not succeed. {{detail}}',
  fileErrors: {
    FILE_TOO_LARGE: 'The file is too large (at most 512 KB). Split it into several files.',
    TOO_MANY_ROWS: 'The file has more than 1000 rows. Split it into several files.',
    NOT_UTF8: 'The file is not UTF-8 (perhaps Latin-1). Save the spreadsheet as “CSV UTF-8”.',
    UTF16: 'The file is UTF-16. Save the spreadsheet as “CSV UTF-8”.',
    SPREADSHEET: 'This is a spreadsheet file (e.g. .xlsx), not CSV. Save it as “CSV UTF-8”.',
    BINARY: 'The file is not text. Choose a CSV file.',
    EMPTY: 'The file is empty.',
    NOT_BASE64: 'The file could not be read.',
    MALFORMED_CSV: 'The file is not valid CSV (e.g. a quote that is not closed).',
    MISSING_COLUMNS: 'Required columns are missing: {{columns}}.',
    DUPLICATE_COLUMNS: 'The same column appears twice: {{columns}}.',
    other: 'The file could not be checked. {{detail}}',
  },
};

export const serviceImportMessages = { fi, sv, en };
