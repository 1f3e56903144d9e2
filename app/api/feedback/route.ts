import { methodNotAllowed } from '../../_lib/feedback/handlers.server';
import { handlers } from '../../_lib/feedback/routes.server';

export const dynamic = 'force-dynamic';

export const POST = (request: Request) => handlers.feedback(request);
export const GET = methodNotAllowed;
