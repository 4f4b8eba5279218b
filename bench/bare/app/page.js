export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>A baseline for Rollout&apos;s benchmark.</p>
    </main>
  );
}
