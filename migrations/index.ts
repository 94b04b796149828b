import { InitialSchema1764800000000 } from './1764800000000-initial-schema';
import { BarrierReports1764900000000 } from './1764900000000-barrier-reports';
import { SharedPlans1765000000000 } from './1765000000000-shared-plans';
import { DocumentArchive1765100000000 } from './1765100000000-document-archive';
import { Moderation1765200000000 } from './1765200000000-moderation';
import { Notifications1765300000000 } from './1765300000000-notifications';

/** Every migration in the order it runs; TypeORM also sorts them by the timestamp in the class name. */
export const MIGRATIONS = [InitialSchema1764800000000, BarrierReports1764900000000, SharedPlans1765000000000, DocumentArchive1765100000000, Moderation1765200000000, Notifications1765300000000];
