// The widget's one script (bundled at build by scripts/build/widget.tsx): the wizard's behaviour and the host messages.
import { allowedHostSuffixes } from '../../machines/school';
import { closeOnEscape, ignoredSchoolWarning, linksLeaveFrame, postToHost, reportHeight } from './embed-frame';
import { enhancePage } from './page';

const root = document.getElementById('embed-root')!;
// The first height tells the school's page the widget is ready: sent before anything else runs.
reportHeight(root);
enhancePage(document);
closeOnEscape(document);
linksLeaveFrame(root);
// The loader passes the school's address through unchecked: this page applies the one rule, and says so.
const warning = ignoredSchoolWarning(location.search, allowedHostSuffixes(process.env.ALLOWED_SCHOOL_HOSTS));
if (warning) console.warn(warning);
postToHost({ type: 'cpoms-help:step', path: location.pathname });
