import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';

// Slack's rule: refuse a request whose timestamp is more than five minutes from now, either way.
const MAX_SKEW_S = 5 * 60;

/**
 * Bolt's HTTP receiver, refusing (401) a request signed with a timestamp more than five minutes in
 * the future as Slack's signing guide says. Bolt checks only the past, so a signature captured with a
 * forged future timestamp would stay valid until then. Requests without the header go on to Bolt,
 * which refuses them for the missing signature.
 */
export function httpReceiver(options: HTTPReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const header = req.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (header !== undefined && Number.isFinite(timestamp) && timestamp - Date.now() / 1000 > MAX_SKEW_S) {
      options.logger?.warn('refused a Slack request signed with a timestamp in the future');
      req.resume();
      res.writeHead(401, { 'Content-Type': 'text/plain' });
      res.end();
      return;
    }
    return inner(req, res);
  };
  return receiver;
}
