export default function Home() {
  return <h1 class="text-2xl font-bold">{app}</h1>;
}
