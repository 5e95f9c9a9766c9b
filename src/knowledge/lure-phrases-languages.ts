/**
 * The words of phishing dressed as a delivery or mailbox notice in German, French, Spanish, Portuguese,
 * Italian and Dutch (lure-phrases.ts holds English and how they are read): lower-case text, runs of white
 * space made one space; every pattern linear (literal words, bounded gaps).
 */

/** Asking the reader to act through the message: release or fetch held mail, click, enlarge the mailbox. */
export const CALLS_TO_ACTION_LANGUAGES: readonly RegExp[] = [
  // de
  /\b(?:nachrichten|e-mails|emails|mails) (?:jetzt |hier |sofort )?(?:freigeben|abrufen|wiederherstellen|empfangen)(?![a-zà-ÿ])/,
  /\b(?:klicken sie (?:hier|unten|auf den link|auf die schaltfläche)|hier klicken)(?![a-zà-ÿ])/,
  /\b(?:speicher|speicherplatz|postfach|kontingent|quota)(?: jetzt| kostenlos| sofort){0,2}(?: zu)? (?:erweitern|erhöhen|upgraden|vergrößern)(?![a-zà-ÿ])/,
  // fr
  /\b(?:libérer|libérez|récupérer|récupérez|recevoir|restaurer|restaurez|débloquer|débloquez) (?:vos |les |tous vos |tous les )?(?:nouveaux )?(?:messages|e-?mails|courriels|mails)(?![a-zà-ÿ])/,
  /\bcliquez (?:ici|ci-dessous|sur le lien|sur le bouton)(?![a-zà-ÿ])/,
  /\baugmenter (?:votre |l'|l’)?(?:espace|stockage|quota|capacité|boîte)(?![a-zà-ÿ])/,
  // es
  /\b(?:liberar|libere|recuperar|recupere|recibir|restaurar|restaure|desbloquear|desbloquee) (?:sus |los |tus |todos sus |todos los )?(?:mensajes|correos|e-?mails)(?![a-zà-ÿ])/,
  /\b(?:haga|haz) clic (?:aquí|abajo|en el enlace|en el botón)(?![a-zà-ÿ])/,
  /\b(?:aumentar|ampliar|actualizar) (?:su |tu |el |la )?(?:cuota|buzón|almacenamiento|espacio)(?![a-zà-ÿ])/,
  // pt
  /\b(?:liberar|libere|recuperar|recupere|receber|restaurar|restaure|desbloquear|desbloqueie) (?:suas |seus |as |os |todas as |todos os )?(?:mensagens|e-?mails)(?![a-zà-ÿ])/,
  /\bclique (?:aqui|abaixo|no link|no botão)(?![a-zà-ÿ])/,
  /\b(?:aumentar|ampliar|atualizar) (?:sua |seu |a |o )?(?:cota|caixa|armazenamento|espaço)(?![a-zà-ÿ])/,
  // it
  /\b(?:sbloccare|sblocca|rilasciare|rilascia|recuperare|recupera|ricevere|ripristinare|ripristina) (?:i |tutti i |i tuoi |i vostri )?(?:messaggi|e-?mail)(?![a-zà-ÿ])/,
  /\bclicca (?:qui|sotto|sul link|sul pulsante)(?![a-zà-ÿ])/,
  /\b(?:aumentare|aumenta|espandere|espandi) (?:la |il |lo )?(?:tua |tuo )?(?:quota|casella|spazio|archiviazione)(?![a-zà-ÿ])/,
  // nl
  /\b(?:berichten|e-mails|mails) (?:vrij te geven|vrijgeven|op te halen|ophalen|herstellen|ontvangen)(?![a-zà-ÿ])/,
  /\b(?:klik (?:hier|hieronder|op de link|op de knop)|geef (?:uw |je )?(?:berichten|e-mails) vrij)(?![a-zà-ÿ])/,
  /\b(?:opslag|opslagruimte|mailbox|quota|postvak)(?: gratis)? (?:uitbreiden|verhogen|upgraden|te verhogen|uit te breiden)(?![a-zà-ÿ])/,
];

/** Asking for a login or the account's confirmation. */
export const CREDENTIAL_ASKS_LANGUAGES: readonly RegExp[] = [
  // de
  /\b(?:bestätigen|verifizieren|aktualisieren) sie (?:ihr|ihre|ihren) (?:konto|postfach|e-mail-konto|passwort|identität|zugang)(?![a-zà-ÿ])/,
  /\b(?:konto|postfach|e-mail-konto|identität) (?:jetzt )?(?:bestätigen|verifizieren)(?![a-zà-ÿ])/,
  /\b(?:aktuelles|bisheriges) passwort (?:beibehalten|behalten)(?![a-zà-ÿ])/,
  /\bpasswort läuft (?:heute|bald|in \d{1,3})(?![a-zà-ÿ])/,
  // fr
  /\b(?:vérifiez|confirmez|validez|vérifier|confirmer|valider|mettez à jour|mettre à jour) (?:votre |vos )?(?:compte|boîte|identité|mot de passe|identifiants|adresse)(?![a-zà-ÿ])/,
  /\bconserver (?:le|votre) mot de passe actuel(?![a-zà-ÿ])/,
  /\bmot de passe (?:expire|expirera) (?:aujourd|bientôt|dans)(?![a-zà-ÿ])/,
  // es
  /\b(?:verifique|confirme|valide|verificar|confirmar|validar|actualice|actualizar) (?:su |tu )?(?:cuenta|buzón|identidad|contraseña|correo)(?![a-zà-ÿ])/,
  /\binicie sesión (?:aquí|para|a continuación)(?![a-zà-ÿ])/,
  /\bmantener (?:la |su |tu )?contraseña actual(?![a-zà-ÿ])/,
  /\bcontraseña (?:caduca|vence|expira) (?:hoy|pronto|en)(?![a-zà-ÿ])/,
  // pt
  /\b(?:verifique|confirme|valide|verificar|confirmar|validar|atualize|atualizar) (?:sua |seu |a |o )?(?:conta|caixa|identidade|senha|e-?mail)(?![a-zà-ÿ])/,
  /\bfaça (?:o )?login (?:aqui|para|abaixo)(?![a-zà-ÿ])/,
  /\bmanter (?:a |sua )?senha atual(?![a-zà-ÿ])/,
  /\bsenha (?:expira|vence) (?:hoje|em breve|em)(?![a-zà-ÿ])/,
  // it
  /\b(?:verifica|conferma|convalida|verificare|confermare|convalidare|aggiorna|aggiornare) (?:il |la |l')?(?:tuo |tua |vostro |vostra )?(?:account|casella|identità|password|credenziali)(?![a-zà-ÿ])/,
  /\b(?:mantenere|mantieni) la password attuale(?![a-zà-ÿ])/,
  /\baccedi (?:qui|ora|per|sotto)(?![a-zà-ÿ])/,
  // nl
  /\b(?:verifieer|bevestig|valideer) (?:uw |je )?(?:account|mailbox|identiteit|wachtwoord|e-mailadres)(?![a-zà-ÿ])/,
  /\b(?:account|mailbox|identiteit) (?:te )?(?:verifiëren|bevestigen)(?![a-zà-ÿ])/,
  /\bhuidige wachtwoord (?:behouden|houden)(?![a-zà-ÿ])/,
  /\bwachtwoord verloopt (?:vandaag|binnenkort|over)(?![a-zà-ÿ])/,
];

/** A short deadline or a threat. */
export const PRESSURE_LANGUAGES: readonly RegExp[] = [
  // de
  /\binnerhalb (?:von |der nächsten )?\d{1,2} stunden(?![a-zà-ÿ])/,
  /\bnach (?:24|48|72) stunden(?![a-zà-ÿ])/,
  /\b(?:konto|postfach|e-mail-konto) wird (?:gesperrt|deaktiviert|gelöscht|geschlossen)(?![a-zà-ÿ])/,
  /\bdauerhaft gelöscht(?![a-zà-ÿ])/,
  // fr
  /\b(?:sous|dans les|d'ici|d’ici) \d{1,2} ?(?:heures|h)(?![a-zà-ÿ])/,
  /\b(?:compte|boîte aux lettres|messagerie) (?:sera|va être) (?:désactivée?|suspendue?|supprimée?|fermée?|bloquée?)(?![a-zà-ÿ])/,
  /\b(?:supprimés? définitivement|définitivement supprimés?)(?![a-zà-ÿ])/,
  // es
  /\ben (?:las próximas )?\d{1,2} horas(?![a-zà-ÿ])/,
  /\b(?:cuenta|buzón) (?:será|sera) (?:desactivad[oa]|suspendid[oa]|eliminad[oa]|cerrad[oa]|bloquead[oa])(?![a-zà-ÿ])/,
  // pt
  /\b(?:em|dentro de|após) \d{1,2} horas(?![a-zà-ÿ])/,
  /\bconta será (?:desativada|suspensa|excluída|encerrada|bloqueada)(?![a-zà-ÿ])/,
  // it
  /\b(?:entro|tra|dopo) \d{1,2} ore(?![a-zà-ÿ])/,
  /\baccount (?:verrà|sarà) (?:sospeso|disattivato|eliminato|chiuso|bloccato)(?![a-zà-ÿ])/,
  /\bcasella (?:verrà|sarà) (?:sospesa|disattivata|eliminata|chiusa|bloccata)(?![a-zà-ÿ])/,
  // nl
  /\bbinnen \d{1,2} uur(?![a-zà-ÿ])/,
  /\b(?:account|mailbox|e-mailaccount) wordt (?:binnen \d{1,2} uur )?(?:gedeactiveerd|opgeschort|verwijderd|geblokkeerd|gesloten)(?![a-zà-ÿ])/,
];

/** A count of mail said to be waiting for the reader. */
export const WAITING_MAIL_LANGUAGES: readonly RegExp[] = [
  /\b\d{1,4} (?:neue |eingehende |ausstehende |zurückgehaltene |blockierte |nicht zugestellte ){1,2}(?:nachrichten|e-mails|mails)(?![a-zà-ÿ])/,
  /\b\d{1,4} (?:nouveaux )?(?:messages|courriels|e-?mails) (?:en attente|entrants|bloqués|retenus|non (?:livrés|distribués))(?![a-zà-ÿ])/,
  /\b\d{1,4} (?:mensajes|correos) (?:pendientes|retenidos|bloqueados|en espera|no entregados|entrantes)(?![a-zà-ÿ])/,
  /\b\d{1,4} (?:mensagens|e-?mails) (?:pendentes|retidas|bloqueadas|em espera|não entregues)(?![a-zà-ÿ])/,
  /\b\d{1,4} messaggi (?:in attesa|bloccati|trattenuti|non consegnati|in sospeso)(?![a-zà-ÿ])/,
  /\b\d{1,4} (?:berichten|e-mails) (?:in de wacht|in afwachting|geblokkeerd|vastgehouden|niet afgeleverd)(?![a-zà-ÿ])/,
];
