/** A TCP port free on 127.0.0.1 right now, picked by the kernel. */
export function freeLoopbackPort(): Promise<number>;
