/** Shown by app/_dom/ once script can print; paper needs no button. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button no-print" data-print="" hidden>
      {label}
    </button>
  );
}
