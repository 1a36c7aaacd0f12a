export default function SeasonBadge(props: { inSeason: boolean }) {
  return (
    <span
      class="rounded-full px-2 py-0.5 text-xs font-medium"
      classList={{
        "bg-green-100 text-green-800": props.inSeason,
        "bg-gray-100 text-gray-500": !props.inSeason,
      }}
    >
      {props.inSeason ? "In season" : "Out of season"}
    </span>
  );
}
