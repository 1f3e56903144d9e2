'use client';

import { useEffect } from 'react';

/** Starts the framework-free feedback module on the form it sits in; the module owns the DOM from then on. */
export function FeedbackEnhancer() {
  useEffect(() => {
    const section = document.getElementById('feedback');
    if (!section) return;
    let stop = () => {};
    let cancelled = false;
    void import('../_dom/feedback-form').then(({ enhanceFeedbackForm }) => {
      if (!cancelled) stop = enhanceFeedbackForm(section);
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  return null;
}
