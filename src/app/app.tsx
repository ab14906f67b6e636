// The app shell; the editor is composed here.
export function App() {
  return (
    <main>
      <h1>NetworkPolicy Studio</h1>
    </main>
  );
}
