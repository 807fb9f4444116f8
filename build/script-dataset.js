/**
 * The dataset as the script files (dist/*.min.js) carry it: every figure, quote, note, name
 * and description, but of each document's provenance only what a widget reads or shows. The
 * full provenance (every copy read, its URL and remark, how each fact is known) stays in
 * data/ec-dataset.json and the ES builds (`ec-widgets`, `ec-widgets/data`, the CLI); a script
 * file is for drawing widgets, and the list of copies was its dataset's costliest field.
 *
 * What is left out, and why. test/build/script-dataset.test.js checks that no file under src/
 * reads any of it, so a widget that starts to read one of these fields fails that test until
 * the field is kept here.
 */
export const SCRIPT_FILE_DROPS = {
  documents: {
    // Where the title, date and issuer are known from: for an auditor reading the data.
    known_from: 'read by no widget; an audit field',
    // A file under data/sources/, which the script files do not ship.
    source_file: 'read by no widget; names a file the script files do not ship',
  },
};

/**
 * Of a release's copies, widgets read only the passage copy's language (the scorecard marks a
 * quote in the language it was read in): each document keeps that copy as
 * `{ role: 'passage', language }`; the corroborating copies, URLs, `confirms` lists and remarks
 * are left out.
 */
export const KEPT_COPY_FIELDS = ['role', 'language'];

/** `data` as the script files carry it: SCRIPT_FILE_DROPS removed, copies reduced. Pure. */
export function scriptFileDataset(data) {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      if (key !== 'documents' || !Array.isArray(value)) return [key, value];
      return [key, value.map(scriptFileDocument)];
    }),
  );
}

function scriptFileDocument(document) {
  const kept = {};
  for (const [field, value] of Object.entries(document)) {
    if (field in SCRIPT_FILE_DROPS.documents) continue;
    kept[field] = field === 'copies' && Array.isArray(value) ? value.filter((c) => c.role === 'passage').map(passageCopy) : value;
  }
  return kept;
}

const passageCopy = (copy) => Object.fromEntries(KEPT_COPY_FIELDS.filter((f) => f in copy).map((f) => [f, copy[f]]));
