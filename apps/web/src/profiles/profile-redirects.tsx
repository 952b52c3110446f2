// The profile addresses mails and rel="me" links use (/profiles/:handle, /@handle) lead to /p/:handle.
import { Navigate, useLocation, useParams } from 'react-router';
import { NotFoundPage } from '../not-found/not-found-page';

export function ProfilesRedirect() {
  const { handle = '' } = useParams();
  return <Navigate to={`/p/${encodeURIComponent(handle)}`} replace />;
}

const AT_HANDLE = /^\/@([^/]+)\/?$/;

/** The 404 route: react-router cannot match "/@handle" as a segment with a prefix, so it is recognised here. */
export function UnknownAddress() {
  const { pathname } = useLocation();
  const atHandle = AT_HANDLE.exec(pathname);
  if (atHandle) return <Navigate to={`/p/${atHandle[1]}`} replace />;
  return <NotFoundPage />;
}
