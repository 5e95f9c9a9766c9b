import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader.js';

/*
 * Outlook .msg files as [MS-OXMSG] lays them out, written with the compound-file writer the reading library
 * ships: string properties as "__substg1.0_TTTT001F" streams (UTF-16LE), fixed-size ones in each storage's
 * "__properties_version1.0" stream, one storage per recipient and per attachment, an attached message as
 * a storage of its own ("__substg1.0_3701000D").
 */

export interface MsgRecipient {
  name?: string;
  email: string;
  /** PidTagSupplementaryInfo: a report's diagnostic for this recipient. */
  supplementaryInfo?: string;
}

export interface MsgItem {
  messageClass: string;
  subject?: string;
  body?: string;
  bodyHtml?: string;
  /** PidTagTransportMessageHeaders. */
  headers?: string;
  senderName?: string;
  senderEmail?: string;
  recipients?: MsgRecipient[];
  /** An attached message (the returned original of an NDR). */
  attachedMessage?: MsgItem;
}

const STRING_TAGS: [keyof MsgItem, string][] = [
  ['messageClass', '001A'],
  ['subject', '0037'],
  ['body', '1000'],
  ['bodyHtml', '1013'],
  ['headers', '007D'],
  ['senderName', '0C1A'],
  ['senderEmail', '0C1F'],
];

/** The bytes of a .msg file holding `item`. */
export function outlookMsgFile(item: MsgItem): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [] }];
  addItem(entries, 0, item, 32);
  return burn(entries);
}

/** `headerBytes`: 32 for the file's own message, 24 for an attached one (the property stream's header). */
function addItem(entries: Entry[], parent: number, item: MsgItem, headerBytes: number): void {
  const recipients = item.recipients ?? [];
  const attachments = item.attachedMessage ? 1 : 0;
  const header = new Uint8Array(headerBytes);
  const view = new DataView(header.buffer);
  if (headerBytes >= 24) {
    view.setUint32(8, recipients.length, true); // next recipient id
    view.setUint32(12, attachments, true); // next attachment id
    view.setUint32(16, recipients.length, true); // recipient count
    view.setUint32(20, attachments, true); // attachment count
  }
  addStream(entries, parent, '__properties_version1.0', header);
  for (const [key, tag] of STRING_TAGS) {
    const value = item[key];
    if (typeof value === 'string') addString(entries, parent, tag, value);
  }
  recipients.forEach((recipient, i) => {
    const storage = addStorage(entries, parent, `__recip_version1.0_#${hex8(i)}`);
    addStream(entries, storage, '__properties_version1.0', new Uint8Array(8));
    addString(entries, storage, '3001', recipient.name ?? recipient.email);
    addString(entries, storage, '3003', recipient.email);
    addString(entries, storage, '39FE', recipient.email);
    if (recipient.supplementaryInfo) addString(entries, storage, '0C1B', recipient.supplementaryInfo);
  });
  if (item.attachedMessage) {
    const storage = addStorage(entries, parent, `__attach_version1.0_#${hex8(0)}`);
    // PidTagAttachMethod (0x37050003) = 5: an attached message.
    const props = new Uint8Array(8 + 16);
    const pv = new DataView(props.buffer);
    pv.setUint32(8, 0x37050003, true);
    pv.setUint32(12, 0x6, true);
    pv.setUint32(16, 5, true);
    addStream(entries, storage, '__properties_version1.0', props);
    const inner = addStorage(entries, storage, '__substg1.0_3701000D');
    addItem(entries, inner, item.attachedMessage, 24);
  }
}

function addString(entries: Entry[], parent: number, tag: string, value: string): void {
  addStream(entries, parent, `__substg1.0_${tag}001F`, new Uint8Array(Buffer.from(value, 'utf16le')));
}

function addStream(entries: Entry[], parent: number, name: string, data: Uint8Array): void {
  entries[parent]?.children?.push(entries.length);
  entries.push({ name, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data });
}

function addStorage(entries: Entry[], parent: number, name: string): number {
  entries[parent]?.children?.push(entries.length);
  entries.push({ name, type: TypeEnum.DIRECTORY, length: 0, children: [] });
  return entries.length - 1;
}

const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');

/** An on-premises Exchange NDR as Outlook saves it: one recipient refused with `reply`. */
export function exchangeNdr(
  recipient: string,
  reply: string,
  subject = 'Undeliverable: Quarterly figures',
): MsgItem {
  return {
    messageClass: 'REPORT.IPM.Note.NDR',
    subject,
    senderName: 'Microsoft Outlook',
    senderEmail: 'postmaster@corp.example.com',
    body: [
      'Delivery has failed to these recipients or groups:',
      '',
      recipient,
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX01.corp.example.com',
      '',
      recipient,
      `Remote Server returned '${reply}'`,
    ].join('\r\n'),
    recipients: [{ email: recipient }],
  };
}
