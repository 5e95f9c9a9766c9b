/**
 * Round 10's bodies in the charsets and transfer encodings servers really send (base64, quoted-printable,
 * 7-bit ISO-2022-JP, RFC 2047 encoded words). Each keeps the plain text it encodes beside it, and
 * real-world-encoded-10.test.ts decodes every body back to that text, so no fixture lies about its bytes.
 */
export interface EncodedBody {
  charset: string;
  encoding: 'base64' | 'quoted-printable' | '7bit' | 'encoded-word';
  plain: string;
  body: readonly string[];
}

export const ENCODED_10 = {
  JA_2022_SUBJECT: {
    charset: 'ISO-2022-JP',
    encoding: 'encoded-word',
    plain: '配送エラー: 見積書のご送付',
    body: ['=?ISO-2022-JP?B?GyRCR1tBdyUoJWkhPBsoQjogGyRCOCtAUT1xJE4kNEF3SVUbKEI=?='],
  },
  JA_2022: {
    charset: 'ISO-2022-JP',
    encoding: '7bit',
    plain:
      'このメールはシステムから自動送信されています。\n\n以下の宛先へメールを配送できませんでした。\n\n宛先: bob@example.jp\n理由: 宛先のメールアドレスが見つかりません。\n\n----- サーバからの応答 -----\n550 5.1.1 <bob@example.jp>: Recipient address rejected: User unknown in local recipient table\n',
    body: [
      '\u001b$B$3$N%a!<%k$O%7%9%F%`$+$i<+F0Aw?.$5$l$F$$$^$9!#\u001b(B',
      '',
      '\u001b$B0J2<$N08@h$X%a!<%k$rG[Aw$G$-$^$;$s$G$7$?!#\u001b(B',
      '',
      '\u001b$B08@h\u001b(B: bob@example.jp',
      '\u001b$BM}M3\u001b(B: \u001b$B08@h$N%a!<%k%"%I%l%9$,8+$D$+$j$^$;$s!#\u001b(B',
      '',
      '----- \u001b$B%5!<%P$+$i$N1~Ez\u001b(B -----',
      '550 5.1.1 <bob@example.jp>: Recipient address rejected: User unknown in local recipient table',
    ],
  },
  SJIS: {
    charset: 'SHIFT_JIS',
    encoding: 'base64',
    plain:
      'メール配信失敗のお知らせ\n\nお客様が送信されたメールは、以下の理由により宛先に配信できませんでした。\n\n宛先アドレス：bob@example.jp\nエラー内容：宛先のメールボックスの容量が上限を超えています。\n\n受信者に連絡して、メールボックスの空き容量を確保するよう依頼してください。\n',
    body: [
      'g4GBW4OLlHqQTY64lHOCzIKokm2C54K5CgqCqItxl2yCqpGXkE2Cs4Lqgr2DgYFbg4uCzYFBiMiJ',
      'uoLMl52XUoLJguaC6Ii2kOaCyZR6kE2CxYKrgtyCuYLxgsWCtYK9gUIKCoi2kOaDQYNog4yDWIFG',
      'Ym9iQGV4YW1wbGUuanAKg0eDiYFbk+CXZYFGiLaQ5oLMg4GBW4OLg3uDYoNOg1iCzJdll8qCqo/j',
      'jMCC8JK0gqaCxIKigtyCt4FCCgqO85BNjtKCyZhBl42CtYLEgUGDgYFbg4uDe4Nig06DWILMi/OC',
      'q5dll8qC8IptlduCt4LpguaCpIjLl4qCtYLEgq2CvoKzgqKBQgo=',
    ],
  },
  EUCKR_SUBJECT: {
    charset: 'EUC-KR',
    encoding: 'encoded-word',
    plain: '메일 발송 실패 안내',
    body: ['=?EUC-KR?B?uN7AzyC537zbIL3HxtAgvsizuw==?='],
  },
  EUCKR: {
    charset: 'EUC-KR',
    encoding: 'base64',
    plain:
      '메일 발송 실패 안내\n\n보내신 메일이 아래 수신자에게 전달되지 않았습니다.\n\n받는 사람: bob@example.kr\n실패 사유: 받는 사람의 메일 주소가 존재하지 않습니다. 주소를 확인한 후 다시 보내 주세요.\n\n서버 응답: 550 5.1.1 <bob@example.kr>... User unknown\n',
    body: [
      'uN7AzyC537zbIL3HxtAgvsizuwoKurizu73FILjewM/AzCC+xrehILz2vcXA2r+hsNQgwPy03rXH',
      'wfYgvsq+0r3AtM+02S4KCrnetMIgu+e29zogYm9iQGV4YW1wbGUua3IKvcfG0CC758CvOiC53rTC',
      'ILvntvfAxyC43sDPIMHWvNKwoSDBuMDnx8/B9iC+yr3AtM+02S4gwda80rimIMiuwM7H0SDIxCC0',
      '2b3DILq4s7sgwda8vL/kLgoKvK259iDAwLTkOiA1NTAgNS4xLjEgPGJvYkBleGFtcGxlLmtyPi4u',
      'LiBVc2VyIHVua25vd24K',
    ],
  },
  GB2312: {
    charset: 'GB2312',
    encoding: 'base64',
    plain:
      '您好，\n\n很抱歉，您发送的邮件未能成功投递到以下地址：\n\nbob@example.cn\n\n失败原因：收件人邮箱空间已满，无法接收新邮件。\n\n远程服务器返回信息：552 5.2.2 Mailbox size limit exceeded\n',
    body: [
      'xPq6w6OsCgq63LGnx7ijrMT6t6LLzbXE08q8/s60xNyzybmmzba13bW90tTPwrXY1rejugoKYm9i',
      'QGV4YW1wbGUuY24KCsqnsNzUrdLyo7rK1bz+yMvTys/kv9W85NLRwvqjrM7et6i908rV0MLTyrz+',
      'oaMKCtS2s8y3/s7xxve3tbvY0MXPoqO6NTUyIDUuMi4yIE1haWxib3ggc2l6ZSBsaW1pdCBleGNl',
      'ZWRlZAo=',
    ],
  },
  GBK: {
    charset: 'GBK',
    encoding: 'quoted-printable',
    plain:
      '此邮件由系统自动发送，请勿直接回复。\n\n您的邮件被退回：收件人地址不存在。\n收件人：bob@example.cn\n\n退信原因：550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728\n',
    body: [
      '=B4=CB=D3=CA=BC=FE=D3=C9=CF=B5=CD=B3=D7=D4=B6=AF=B7=A2=CB=CD=A3=AC=C7=EB=CE=',
      '=F0=D6=B1=BD=D3=BB=D8=B8=B4=A1=A3',
      '',
      '=C4=FA=B5=C4=D3=CA=BC=FE=B1=BB=CD=CB=BB=D8=A3=BA=CA=D5=BC=FE=C8=CB=B5=D8=D6=',
      '=B7=B2=BB=B4=E6=D4=DA=A1=A3',
      '=CA=D5=BC=FE=C8=CB=A3=BAbob@example.cn',
      '',
      '=CD=CB=D0=C5=D4=AD=D2=F2=A3=BA550 Mailbox not found. http://service.exmail.=',
      'qq.com/cgi-bin/help?subtype=3D1&&id=3D20022&&no=3D1000728',
    ],
  },
  BIG5: {
    charset: 'BIG5',
    encoding: 'base64',
    plain:
      '這是系統自動產生的通知信，請勿回覆。\n\n您寄出的郵件無法送達下列收件者：\n\nbob@example.com.tw\n\n原因：收件者信箱不存在\n',
    body: [
      's2+sT6h0ss6m27DKsqOlzaq6s3GqvqtIoUG90KTFpl7C0KFDCgqxerFIpViqurZspfO1TKprsGW5',
      'RqRVpkOmrKXzqsyhRwoKYm9iQGV4YW1wbGUuY29tLnR3Cgqt7KZdoUemrKXzqsyrSL1jpKOmc6Zi',
      'Cg==',
    ],
  },
  KOI8R: {
    charset: 'KOI8-R',
    encoding: 'base64',
    plain:
      'Это письмо создано автоматически почтовой системой.\n\nВаше сообщение не было доставлено следующему получателю:\n\n    bob@example.ru\n\nПричина: почтовый ящик получателя переполнен. Попробуйте отправить письмо позже.\n',
    body: [
      '/NTPINDJ09jNzyDTz9rEwc7PIMHX1M/NwdTJ3sXTy8kg0M/e1M/Xz8og08nT1MXNz8ouCgr3wdvF',
      'INPPz8Ldxc7JxSDOxSDC2czPIMTP09TB18zFzs8g08zFxNXA3cXN1SDQz8zV3sHUxczAOgoKICAg',
      'IGJvYkBleGFtcGxlLnJ1Cgrw0sneyc7BOiDQz97Uz9fZyiDR3cnLINDPzNXewdTFzNEg0MXSxdDP',
      'zM7Fzi4g8M/Q0s/C1crUxSDP1NDSwdfJ1Ngg0MnT2M3PINDP2tbFLgo=',
    ],
  },
  WIN1251_SUBJECT: {
    charset: 'WINDOWS-1251',
    encoding: 'encoded-word',
    plain: 'Письмо не доставлено',
    body: ['=?WINDOWS-1251?B?z+jx/OzuIO3lIOTu8fLg4uvl7e4=?='],
  },
  WIN1251: {
    charset: 'WINDOWS-1251',
    encoding: 'quoted-printable',
    plain:
      'Здравствуйте!\n\nВаше письмо не может быть доставлено по адресу bob@example.ru.\nПричина: письмо было отклонено как спам.\n\nОтвет сервера получателя:\n554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1736503200-abcDEF12\n',
    body: [
      '=C7=E4=F0=E0=E2=F1=F2=E2=F3=E9=F2=E5!',
      '',
      '=C2=E0=F8=E5 =EF=E8=F1=FC=EC=EE =ED=E5 =EC=EE=E6=E5=F2 =E1=FB=F2=FC =E4=EE=',
      '=F1=F2=E0=E2=EB=E5=ED=EE =EF=EE =E0=E4=F0=E5=F1=F3 bob@example.ru.',
      '=CF=F0=E8=F7=E8=ED=E0: =EF=E8=F1=FC=EC=EE =E1=FB=EB=EE =EE=F2=EA=EB=EE=ED=',
      '=E5=ED=EE =EA=E0=EA =F1=EF=E0=EC.',
      '',
      '=CE=F2=E2=E5=F2 =F1=E5=F0=E2=E5=F0=E0 =EF=EE=EB=F3=F7=E0=F2=E5=EB=FF:',
      '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc=',
      ' 1736503200-abcDEF12',
    ],
  },
  WIN1252: {
    charset: 'WINDOWS-1252',
    encoding: 'quoted-printable',
    plain:
      'Ceci est un message automatique du serveur de messagerie.\n\nVotre message n’a pas pu être délivré à l’adresse suivante :\n\n« bob@example.fr »\n\nMotif : boîte aux lettres pleine (quota dépassé).\n\nRéponse du serveur distant :\n452 4.2.2 <bob@example.fr>: Mailbox full\n',
    body: [
      'Ceci est un message automatique du serveur de messagerie.',
      '',
      'Votre message n=92a pas pu =EAtre d=E9livr=E9 =E0 l=92adresse suivante :',
      '',
      '=AB bob@example.fr =BB',
      '',
      'Motif : bo=EEte aux lettres pleine (quota d=E9pass=E9).',
      '',
      'R=E9ponse du serveur distant :',
      '452 4.2.2 <bob@example.fr>: Mailbox full',
    ],
  },
  LATIN2_CZ: {
    charset: 'ISO-8859-2',
    encoding: 'quoted-printable',
    plain:
      'Toto je automaticky generovaná zpráva ze serveru email.cz.\n\nVaši zprávu se nepodařilo doručit následujícímu příjemci:\n\n  bob@example.cz\n\nDůvod: adresát neexistuje.\n',
    body: [
      'Toto je automaticky generovan=E1 zpr=E1va ze serveru email.cz.',
      '',
      'Va=B9i zpr=E1vu se nepoda=F8ilo doru=E8it n=E1sleduj=EDc=EDmu p=F8=EDjemci:',
      '',
      '  bob@example.cz',
      '',
      'D=F9vod: adres=E1t neexistuje.',
    ],
  },
  LATIN2_PL: {
    charset: 'ISO-8859-2',
    encoding: 'base64',
    plain:
      'Wiadomość nie mogła zostać dostarczona do odbiorcy bob@example.pl.\n\nPowód: skrzynka odbiorcy jest przepełniona. Spróbuj ponownie później.\n',
    body: [
      'V2lhZG9tb7bmIG5pZSBtb2ezYSB6b3N0YeYgZG9zdGFyY3pvbmEgZG8gb2RiaW9yY3kgYm9iQGV4',
      'YW1wbGUucGwuCgpQb3fzZDogc2tyenlua2Egb2RiaW9yY3kgamVzdCBwcnplcGWzbmlvbmEuIFNw',
      'cvNidWogcG9ub3duaWUgcPO8bmllai4K',
    ],
  },
  LATIN2_PL_SUBJECT: {
    charset: 'ISO-8859-2',
    encoding: 'encoded-word',
    plain: 'Wiadomość niedostarczona',
    body: ['=?ISO-8859-2?B?V2lhZG9tb7bmIG5pZWRvc3RhcmN6b25h?='],
  },
  LATIN5_TR: {
    charset: 'ISO-8859-9',
    encoding: 'quoted-printable',
    plain:
      'İletiniz bob@example.com.tr adresine teslim edilemedi.\n\nAlıcının posta kutusu dolu ve şu anda ileti kabul edemiyor. Lütfen iletinizi daha sonra yeniden göndermeyi deneyin veya alıcıyla doğrudan iletişim kurun.\n',
    body: [
      '=DDletiniz bob@example.com.tr adresine teslim edilemedi.',
      '',
      'Al=FDc=FDn=FDn posta kutusu dolu ve =FEu anda ileti kabul edemiyor. L=FCtfe=',
      'n iletinizi daha sonra yeniden g=F6ndermeyi deneyin veya al=FDc=FDyla do=F0=',
      'rudan ileti=FEim kurun.',
    ],
  },
  WIN1256_AR: {
    charset: 'WINDOWS-1256',
    encoding: 'base64',
    plain: 'تعذر تسليم رسالتك إلى bob@example.sa.\n\nلم يتم العثور على bob في example.sa.\n',
    body: [
      'ytrQ0SDK0+Ht4yDR08fhyt8gxeHsIGJvYkBleGFtcGxlLnNhLgoK4eMg7crjIMfh2svm0SDa4ewg',
      'Ym9iIN3tIGV4YW1wbGUuc2EuCg==',
    ],
  },
  WIN1255_HE: {
    charset: 'WINDOWS-1255',
    encoding: 'quoted-printable',
    plain:
      'לא ניתן היה למסור את ההודעה שלך אל bob@example.co.il.\n\nתיבת הדואר של הנמען מלאה ואינה יכולה לקבל הודעות כעת.\n',
    body: [
      '=EC=E0 =F0=E9=FA=EF =E4=E9=E4 =EC=EE=F1=E5=F8 =E0=FA =E4=E4=E5=E3=F2=E4 =F9=',
      '=EC=EA =E0=EC bob@example.co.il.',
      '',
      '=FA=E9=E1=FA =E4=E3=E5=E0=F8 =F9=EC =E4=F0=EE=F2=EF =EE=EC=E0=E4 =E5=E0=E9=',
      '=F0=E4 =E9=EB=E5=EC=E4 =EC=F7=E1=EC =E4=E5=E3=F2=E5=FA =EB=F2=FA.',
    ],
  },
  LATIN1_ES: {
    charset: 'ISO-8859-1',
    encoding: 'quoted-printable',
    plain:
      'No se pudo entregar el mensaje a bob@example.es.\n\nEl buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.\n',
    body: [
      'No se pudo entregar el mensaje a bob@example.es.',
      '',
      'El buz=F3n del destinatario est=E1 lleno y no puede aceptar mensajes en est=',
      'e momento. Intente reenviar el mensaje m=E1s tarde o p=F3ngase en contacto =',
      'directamente con el destinatario.',
    ],
  },
  WIN1252_PT: {
    charset: 'WINDOWS-1252',
    encoding: 'base64',
    plain:
      'A sua mensagem para bob@example.pt não pôde ser entregue.\n\nNão foi possível encontrar bob em example.pt.\n',
    body: [
      'QSBzdWEgbWVuc2FnZW0gcGFyYSBib2JAZXhhbXBsZS5wdCBu428gcPRkZSBzZXIgZW50cmVndWUu',
      'CgpO428gZm9pIHBvc3PtdmVsIGVuY29udHJhciBib2IgZW0gZXhhbXBsZS5wdC4K',
    ],
  },
} as const satisfies Record<string, EncodedBody>;
