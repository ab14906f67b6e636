// The preview's place while its chunk loads, or the message when it could not be loaded (the form
// keeps working without it).
export function PreviewLoading({ error }: { error?: Error }) {
  return (
    <section className="panel preview-panel" aria-labelledby="preview-title" aria-busy={error === undefined}>
      <h2 id="preview-title">Preview</h2>
      {error === undefined ? (
        <p>Loading the preview…</p>
      ) : (
        <p className="message error" role="alert">
          The preview could not be loaded: {error.message}. The form still works; reload to try again.
        </p>
      )}
    </section>
  );
}
