import { IContactCenter } from './contact-center';
/** Properties of a routing profile. */
export interface RoutingProfileProps {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}
export class RoutingProfile {}
