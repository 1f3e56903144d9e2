import { Fragment } from 'react';
import { addressParts } from '../_lib/address-parts';

/** An address that may wrap after its dots, slashes and @, never in the middle of a word. */
export function Address({ text }: { text: string }) {
  return (
    <>
      {addressParts(text).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
