import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteChrome } from './_components/site-chrome';
import { SearchForm } from './_components/search-form';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-2xl px-4 py-8">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4">If you typed or pasted the web address, check it is correct and complete.</p>
        <p className="mt-2">
          <Link href="/">Start from the list of login problems</Link>, or search for the message you see.
        </p>
        <div className="mt-6">
          <SearchForm />
        </div>
      </div>
    </SiteChrome>
  );
}
