import type { Provider } from './types.js';

/**
 * Web hosting providers' shared mail platforms: their MX answers for their customers' domains, and their
 * submission servers refuse their own customers' outgoing mail (hourly or daily caps, accounts suspended for
 * spam, a From address the account does not own). Named by the hosts in their replies and notices; the
 * host names are markers too, as their replies name their own servers in the text ("(smtp.titan.email)").
 */
export const HOSTING_PROVIDERS: readonly Provider[] = [
  {
    id: 'strato',
    name: 'Strato',
    kind: 'mailbox',
    hosts: ['strato.de', 'rzone.de'],
    markers: ['strato.de', 'rzone.de'],
  },
  { id: 'hetzner', name: 'Hetzner', kind: 'mailbox', hosts: ['your-server.de'], markers: ['your-server.de'] },
  {
    id: 'ovh',
    name: 'OVHcloud',
    kind: 'mailbox',
    hosts: ['ovh.net', 'ovh.com'],
    markers: ['ovh.net'],
  },
  {
    id: 'namecheap',
    name: 'Namecheap Private Email',
    kind: 'mailbox',
    hosts: ['privateemail.com', 'registrar-servers.com'],
    markers: ['privateemail.com', 'registrar-servers.com'],
  },
  { id: 'titan', name: 'Titan', kind: 'mailbox', hosts: ['titan.email'], markers: ['titan.email'] },
  {
    id: 'hostinger',
    name: 'Hostinger',
    kind: 'mailbox',
    hosts: ['hostinger.com'],
    markers: ['hostinger.com'],
  },
  { id: 'bluehost', name: 'Bluehost', kind: 'mailbox', hosts: ['bluehost.com'], markers: ['bluehost.com'] },
  {
    id: 'hostgator',
    name: 'HostGator',
    kind: 'mailbox',
    hosts: ['hostgator.com', 'websitewelcome.com'],
    markers: ['hostgator.com', 'websitewelcome.com'],
  },
];
