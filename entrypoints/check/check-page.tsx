export function CheckPage() {
  return <main>TODO</main>;
}
