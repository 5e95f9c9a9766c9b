/**
 * How mail clients set off a message someone forwards inline (lower case, literal, each its own line), and
 * the words they write for the forwarded header fields. A bounce forwarded to the admin, or pasted with
 * its forward header, is read from the forwarded header block on: the forwarder's own words and address
 * are not the bounce.
 */
export const FORWARD_SEPARATORS: readonly string[] = [
  // Gmail (web and apps), also Google Workspace.
  '---------- forwarded message ---------',
  // Thunderbird, K-9/Thunderbird for Android.
  '-------- forwarded message --------',
  '-------- original message --------',
  // Apple Mail (macOS, iOS).
  'begin forwarded message:',
  // Outlook desktop (older) and Outlook on the web, in its "original message" style.
  '-----original message-----',
  // Outlook's underscore rule above its From:/Sent:/To:/Subject: block.
  '________________________________',
  // Gmail in other languages.
  '---------- weitergeleitete nachricht ---------',
  '---------- message transféré ---------',
  '---------- mensaje reenviado ---------',
  '---------- messaggio inoltrato ---------',
  '---------- mensagem encaminhada ---------',
  '---------- doorgestuurd bericht ---------',
  // Thunderbird in German and French.
  '-------- weitergeleitete nachricht --------',
  '-------- message transféré --------',
  // Apple Mail in German and French.
  'anfang der weitergeleiteten nachricht:',
  'début du message réexpédié :',
];

/** Field names a forward header block gives the forwarded message's sender, in the clients' languages. */
export const FORWARDED_FROM_FIELDS: readonly string[] = [
  'from',
  'von',
  'de',
  'da',
  'van',
  'od',
  'från',
  'fra',
  'от',
  '差出人',
  '发件人',
  '寄件者',
  '보낸 사람',
];

/** Field names for the forwarded message's subject. */
export const FORWARDED_SUBJECT_FIELDS: readonly string[] = [
  'subject',
  'betreff',
  'objet',
  'asunto',
  'oggetto',
  'assunto',
  'onderwerp',
  'temat',
  'ämne',
  'emne',
  'тема',
  '件名',
  '主题',
  '主旨',
  '제목',
];

/**
 * Outlook's field for when the forwarded message was sent ("Sent:", "Gesendet:", "Envoyé :"…), in the clients'
 * languages: a forward header block without a separator above it is Outlook's only when it holds one (a
 * returned message's own headers say "Date:").
 */
export const FORWARDED_SENT_FIELDS: readonly string[] = [
  'sent',
  'gesendet',
  'envoyé',
  'enviado',
  'enviada',
  'inviato',
  'verzonden',
  'wysłano',
  'skickat',
  'sendt',
  'lähetetty',
  'odesláno',
  'отправлено',
  '送信日時',
  '发送时间',
  '寄件日期',
  '보낸 날짜',
];
