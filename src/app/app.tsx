// PLACEHOLDER: the app shell replaces this file. It exists so the skeleton builds and the
// smoke test has something to open.
export function App() {
  return (
    <main>
      <h1>年报助手</h1>
    </main>
  );
}
