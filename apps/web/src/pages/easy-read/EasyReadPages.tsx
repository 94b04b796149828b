import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import type { BarrierReportLocationState } from '../accessibility/reportState';
import { EasyReadAction, EasyReadPage, EasyReadSection } from './EasyReadLayout';

/** Easy read: what Inclusieplein is, who takes part and why. */
export function EasyReadHomePage() {
  const { t } = useTranslation();

  return (
    <EasyReadPage title={t('easyRead.home.title')} back={{ to: '/', label: t('easyRead.backToHome') }}>
      <EasyReadSection
        title={t('easyRead.home.whatTitle')}
        lines={[
          { icon: 'website', text: t('easyRead.home.what1') },
          { icon: 'talk', text: t('easyRead.home.what2') },
          { icon: 'question', text: t('easyRead.home.what3') },
          { text: t('easyRead.home.what4') },
        ]}
      />
      <EasyReadSection
        title={t('easyRead.home.whoTitle')}
        lines={[
          { icon: 'person', text: t('easyRead.home.who1') },
          { text: t('easyRead.home.who2') },
          { text: t('easyRead.home.who3') },
          { icon: 'townHall', text: t('easyRead.home.who4') },
          { icon: 'people', text: t('easyRead.home.who5') },
        ]}
      />
      <EasyReadSection
        title={t('easyRead.home.lawTitle')}
        lines={[
          { icon: 'flag', text: t('easyRead.home.law1') },
          { icon: 'agreement', text: t('easyRead.home.law2') },
          { text: t('easyRead.home.law3') },
          { text: t('easyRead.home.law4') },
          { text: t('easyRead.home.law5') },
        ]}
      />
      <section className="easy-read__section">
        <h2 className="utrecht-heading-2 easy-read__heading">{t('easyRead.moreTitle')}</h2>
        <div className="easy-read__actions">
          <EasyReadAction to="/makkelijk-lezen/themanetwerk" icon="people">
            {t('easyRead.home.moreNetwork')}
          </EasyReadAction>
          <EasyReadAction to="/makkelijk-lezen/lid-worden" icon="account">
            {t('easyRead.home.moreJoin')}
          </EasyReadAction>
        </div>
      </section>
    </EasyReadPage>
  );
}

/** Easy read: what a theme network is and what you do in one. */
export function EasyReadNetworkPage() {
  const { t } = useTranslation();

  return (
    <EasyReadPage title={t('easyRead.network.title')} back={{ to: '/makkelijk-lezen', label: t('easyRead.backToEasyHome') }}>
      <EasyReadSection
        title={t('easyRead.network.groupTitle')}
        lines={[
          { icon: 'people', text: t('easyRead.network.group1') },
          { icon: 'talk', text: t('easyRead.network.group2') },
          { icon: 'work', text: t('easyRead.network.group3') },
          { icon: 'house', text: t('easyRead.network.group4') },
          { icon: 'bus', text: t('easyRead.network.group5') },
        ]}
      />
      <EasyReadSection
        title={t('easyRead.network.talkTitle')}
        lines={[
          { icon: 'read', text: t('easyRead.network.talk1') },
          { icon: 'question', text: t('easyRead.network.talk2') },
          { icon: 'write', text: t('easyRead.network.talk3') },
          { icon: 'person', text: t('easyRead.network.talk4') },
        ]}
      />
      <EasyReadSection
        title={t('easyRead.network.openTitle')}
        lines={[
          { icon: 'lockOpen', text: t('easyRead.network.open1') },
          { icon: 'lockClosed', text: t('easyRead.network.open2') },
        ]}
      />
      <EasyReadSection
        title={t('easyRead.network.helpTitle')}
        lines={[
          { icon: 'helper', text: t('easyRead.network.help1') },
          { text: t('easyRead.network.help2') },
          { text: t('easyRead.network.help3') },
          { text: t('easyRead.network.help4') },
        ]}
      />
      <div className="easy-read__actions">
        <EasyReadAction to="/makkelijk-lezen/lid-worden" icon="account">
          {t('easyRead.home.moreJoin')}
        </EasyReadAction>
        <EasyReadAction to="/netwerken" icon="list">
          {t('easyRead.network.seeNetworks')}
        </EasyReadAction>
      </div>
    </EasyReadPage>
  );
}

/** Easy read: the 4 steps to join a theme network. */
export function EasyReadJoinPage() {
  const { t } = useTranslation();

  return (
    <EasyReadPage title={t('easyRead.join.title')} back={{ to: '/makkelijk-lezen', label: t('easyRead.backToEasyHome') }}>
      <p className="easy-read__intro">{t('easyRead.join.intro')}</p>
      <EasyReadSection
        title={t('easyRead.join.step1Title')}
        lines={[
          { icon: 'person', text: t('easyRead.join.step1a') },
          { icon: 'write', text: t('easyRead.join.step1b') },
          { icon: 'key', text: t('easyRead.join.step1c') },
          { icon: 'click', text: t('easyRead.join.step1d') },
        ]}
      >
        <div className="easy-read__actions">
          <EasyReadAction to="/registreren" icon="account">
            {t('easyRead.join.register')}
          </EasyReadAction>
        </div>
      </EasyReadSection>
      <EasyReadSection
        title={t('easyRead.join.step2Title')}
        lines={[
          { icon: 'write', text: t('easyRead.join.step2a') },
          { icon: 'key', text: t('easyRead.join.step2b') },
          { icon: 'click', text: t('easyRead.join.step2c') },
        ]}
      />
      <EasyReadSection
        title={t('easyRead.join.step3Title')}
        lines={[
          { icon: 'list', text: t('easyRead.join.step3a') },
          { icon: 'click', text: t('easyRead.join.step3b') },
        ]}
      >
        <div className="easy-read__actions">
          <EasyReadAction to="/netwerken" icon="list">
            {t('easyRead.network.seeNetworks')}
          </EasyReadAction>
        </div>
      </EasyReadSection>
      <EasyReadSection
        title={t('easyRead.join.step4Title')}
        lines={[
          { icon: 'lockOpen', text: t('easyRead.join.step4a') },
          { icon: 'check', text: t('easyRead.join.step4b') },
          { icon: 'lockClosed', text: t('easyRead.join.step4c') },
          { icon: 'read', text: t('easyRead.join.step4d') },
          { icon: 'question', text: t('easyRead.join.step4e') },
        ]}
      />
      <EasyReadSection title={t('easyRead.join.doneTitle')} lines={[{ icon: 'talk', text: t('easyRead.join.done1') }]} />
      <EasyReadSection
        title={t('easyRead.join.helpTitle')}
        lines={[
          { icon: 'helper', text: t('easyRead.join.help1') },
          { icon: 'help', text: t('easyRead.join.help2') },
        ]}
      >
        <p className="easy-read__text">
          <AppLink to="/toegankelijkheid#melden" state={{ from: '/makkelijk-lezen/lid-worden' } satisfies BarrierReportLocationState}>
            {t('easyRead.join.reportLink')}
          </AppLink>
        </p>
      </EasyReadSection>
    </EasyReadPage>
  );
}
