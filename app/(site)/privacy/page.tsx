import type { Metadata } from 'next';
import { feedbackRecorded } from '../../_lib/feedback/settings';
import { retentionDays } from '../../_lib/store/database.server';

export const metadata: Metadata = { title: 'Privacy', alternates: { canonical: '/privacy' } };

// Rendered on request: it states this server's settings as they are now, not as they were at build.
export const dynamic = 'force-dynamic';

export default function PrivacyPage() {
  const recorded = feedbackRecorded();
  return (
    <div className="prose-step mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">Privacy</h1>
      <p>This help uses no cookies and loads nothing from other websites.</p>
      {recorded ? (
        <>
          <h2>What is recorded</h2>
          <ul>
            <li>The steps walked: each answer to a step’s question (from which step, which answer, to which step), tied together by a random number that lives only in this browser tab and is forgotten when the tab closes.</li>
            <li>Your answers to “Did this page help?” and “Did this solve your problem?”, and anything you type in the comment box. Email addresses and phone numbers in a comment are masked before it is stored.</li>
            <li>The browser family (for example Chrome or Firefox), worked out when the answer arrives.</li>
            <li>Your school’s CPOMS address, only when the link you followed carried one.</li>
            <li>Whether the help was used on this site or embedded in a school’s website, and when.</li>
          </ul>
          <p>If your browser sends Global Privacy Control or Do Not Track, the steps you walk are not sent at all; a Yes or No you choose to send is.</p>
          <h2>What is never recorded</h2>
          <ul>
            <li>No cookies, no IP address, no full user agent (the text your browser sends about itself), no names.</li>
            <li>Your address is held in the server’s memory for one minute only, to stop anyone sending too many answers.</li>
          </ul>
          <h2>How long it is kept</h2>
          <p>Everything recorded is deleted after {retentionDays()} days.</p>
          <h2>Who can read it</h2>
          <p>Only the support staff who run this help, on a page protected by a secret token. They see counts, the paths people took and the comments; nobody else can read them.</p>
        </>
      ) : (
        <p>This server records nothing: no steps, no answers, no comments. Your answers stay in this browser tab and are forgotten when it closes.</p>
      )}
    </div>
  );
}
