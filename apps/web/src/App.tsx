import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useParams } from 'react-router-dom';
import { LiveRegionProvider } from './a11y/LiveRegion';
import { RouteFocusProvider } from './a11y/routeFocus';
import { AppLayout } from './layout/AppLayout';
import { AccessibilityPage } from './pages/accessibility/AccessibilityPage';
import { EmailSettingsPage } from './pages/account/EmailSettingsPage';
import { ForgotPasswordPage } from './pages/account/ForgotPasswordPage';
import { LoginPage } from './pages/account/LoginPage';
import { ProfilePage } from './pages/account/ProfilePage';
import { RegisterPage } from './pages/account/RegisterPage';
import { ResetPasswordPage } from './pages/account/ResetPasswordPage';
import { VerifyEmailPage } from './pages/account/VerifyEmailPage';
import { AdminPage } from './pages/admin/AdminPage';
import { DocumentListPage } from './pages/document/DocumentListPage';
import { DocumentPage } from './pages/document/DocumentPage';
import { EditDocumentPage } from './pages/document/EditDocumentPage';
import { NewDocumentPage } from './pages/document/NewDocumentPage';
import { NewVersionPage } from './pages/document/NewVersionPage';
import { EasyReadHomePage, EasyReadJoinPage, EasyReadNetworkPage } from './pages/easy-read/EasyReadPages';
import { HomePage } from './pages/HomePage';
import { NetworkListPage } from './pages/network/NetworkListPage';
import { NetworkPage } from './pages/network/NetworkPage';
import { ProposeNetworkPage } from './pages/network/ProposeNetworkPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsProvider } from './pages/notifications/NotificationsContext';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { EditPlanPage } from './pages/plan/EditPlanPage';
import { NewPlanPage } from './pages/plan/NewPlanPage';
import { PlanComparePage } from './pages/plan/PlanComparePage';
import { PlanHistoryPage } from './pages/plan/PlanHistoryPage';
import { PlanListPage } from './pages/plan/PlanListPage';
import { PlanPage } from './pages/plan/PlanPage';
import { PlanPrintPage } from './pages/plan/PlanPrintPage';
import { ThreadPage } from './pages/thread/ThreadPage';
import { NetworkAuditLogPage, ModerationAuditLogPage } from './pages/moderation/AuditLogPage';
import { CodeOfConductPage } from './pages/moderation/CodeOfConductPage';
import { ModerationOverviewPage, ModerationQueuePage } from './pages/moderation/ModerationQueuePage';
import { APP_ROUTES, type RouteId } from './routes';
import { SessionProvider } from './session/SessionContext';

// A new key per URL parameter remounts the page, so state of the previous network or thread never shows.
function KeyedNetworkPage() {
  const { slug } = useParams();
  return <NetworkPage key={slug} />;
}

function KeyedThreadPage() {
  const { threadId } = useParams();
  return <ThreadPage key={threadId} />;
}

/** Remounts a plan page per plan id, so a page never shows the previous plan while the next one loads. */
function keyedByPlan(Page: () => ReactNode) {
  return function KeyedPlanPage() {
    const { planId } = useParams();
    return <Page key={planId} />;
  };
}

const KeyedPlanPage = keyedByPlan(PlanPage);
const KeyedEditPlanPage = keyedByPlan(EditPlanPage);
const KeyedPlanHistoryPage = keyedByPlan(PlanHistoryPage);
const KeyedPlanPrintPage = keyedByPlan(PlanPrintPage);

/** Remounts a document page per document id, for the same reason as the plan pages. */
function keyedByDocument(Page: () => ReactNode) {
  return function KeyedDocumentPage() {
    const { documentId } = useParams();
    return <Page key={documentId} />;
  };
}

const KeyedDocumentPage = keyedByDocument(DocumentPage);
const KeyedEditDocumentPage = keyedByDocument(EditDocumentPage);
const KeyedNewVersionPage = keyedByDocument(NewVersionPage);

/** Remounts a moderation page per network, so the queue or log of the previous network never shows. */
function keyedByNetwork(Page: () => ReactNode) {
  return function KeyedModerationPage() {
    const { slug } = useParams();
    return <Page key={slug} />;
  };
}

const KeyedCodeOfConductPage = keyedByNetwork(CodeOfConductPage);
const KeyedModerationQueuePage = keyedByNetwork(ModerationQueuePage);
const KeyedNetworkAuditLogPage = keyedByNetwork(NetworkAuditLogPage);

/** The page of every route id. The type makes the build fail when a route in APP_ROUTES has no page. */
const PAGES: Record<RouteId, ReactNode> = {
  home: <HomePage />,
  register: <RegisterPage />,
  login: <LoginPage />,
  profile: <ProfilePage />,
  notificationSettings: <EmailSettingsPage />,
  notifications: <NotificationsPage />,
  verifyEmail: <VerifyEmailPage />,
  forgotPassword: <ForgotPasswordPage />,
  resetPassword: <ResetPasswordPage />,
  networks: <NetworkListPage />,
  proposeNetwork: <ProposeNetworkPage />,
  network: <KeyedNetworkPage />,
  thread: <KeyedThreadPage />,
  plans: <PlanListPage />,
  newPlan: <NewPlanPage />,
  plan: <KeyedPlanPage />,
  editPlan: <KeyedEditPlanPage />,
  planHistory: <KeyedPlanHistoryPage />,
  comparePlan: <PlanComparePage />,
  printPlan: <KeyedPlanPrintPage />,
  documents: <DocumentListPage />,
  newDocument: <NewDocumentPage />,
  document: <KeyedDocumentPage />,
  editDocument: <KeyedEditDocumentPage />,
  newDocumentVersion: <KeyedNewVersionPage />,
  admin: <AdminPage />,
  codeOfConduct: <KeyedCodeOfConductPage />,
  networkModeration: <KeyedModerationQueuePage />,
  networkAuditLog: <KeyedNetworkAuditLogPage />,
  moderationOverview: <ModerationOverviewPage />,
  moderationAuditLog: <ModerationAuditLogPage />,
  accessibility: <AccessibilityPage />,
  easyReadHome: <EasyReadHomePage />,
  easyReadNetwork: <EasyReadNetworkPage />,
  easyReadJoin: <EasyReadJoinPage />,
  notFound: <NotFoundPage />,
};

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <LiveRegionProvider>
          <NotificationsProvider>
            <RouteFocusProvider>
              <Routes>
                <Route element={<AppLayout />}>
                  {APP_ROUTES.map((route) =>
                    route.path === '/' ? (
                      <Route key={route.id} index element={PAGES[route.id]} />
                    ) : (
                      <Route key={route.id} path={route.path} element={PAGES[route.id]} />
                    ),
                  )}
                </Route>
              </Routes>
            </RouteFocusProvider>
          </NotificationsProvider>
        </LiveRegionProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
