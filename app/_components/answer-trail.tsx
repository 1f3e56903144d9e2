/** "Your answers so far", filled from this tab's trail by app/_dom/answer-trail.ts; nothing to show without script. */
export function AnswerTrail() {
  return (
    <details className="no-print mt-10 border-t border-line pt-4" data-trail="" hidden>
      <summary className="cursor-pointer text-base font-bold">
        Your answers so far (<span data-trail-count="" />)
      </summary>
      <dl className="mt-3 space-y-3 text-base" data-trail-list="" />
    </details>
  );
}
