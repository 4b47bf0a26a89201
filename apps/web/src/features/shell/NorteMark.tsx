export function NorteMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="currentColor" />
      <path d="M16 5l5 13h-10z" fill="#fff" />
      <path d="M11 18h10l-5 9z" fill="#fff" opacity="0.55" />
    </svg>
  );
}
