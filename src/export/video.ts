/**
 * Encoding the film: WebCodecs' VideoEncoder turns frames into compressed chunks, mediabunny muxes the
 * chunks into MP4 or WebM. Only compressed chunks are kept; the frame loop waits while more than
 * `MAX_QUEUED` raw frames wait in the encoder, so memory stays flat however long the film.
 */
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
} from 'mediabunny';

export type FilmFormat = 'mp4' | 'webm';
export type FilmCodec = 'avc' | 'vp9' | 'av1';

/** H.264 first for MP4: it is what PowerPoint and Keynote play. WebM holds VP9 or AV1. */
export const CODECS: Record<FilmFormat, readonly FilmCodec[]> = {
  mp4: ['avc', 'vp9', 'av1'],
  webm: ['vp9', 'av1'],
};

const MAX_QUEUED = 3;
/** A key frame every two seconds: players can seek without decoding from the start. */
const KEY_EVERY_SECONDS = 2;

/** True where this browser can encode video at all. */
export function canEncode(): boolean {
  return typeof VideoEncoder !== 'undefined' && typeof VideoFrame !== 'undefined';
}

/** The codec string of the profile and level that hold this picture size (up to 4K). */
export function codecString(codec: FilmCodec, size: { width: number; height: number }): string {
  const big = size.width * size.height > 1920 * 1088;
  if (codec === 'avc') return big ? 'avc1.640033' : 'avc1.640028';
  if (codec === 'vp9') return big ? 'vp09.00.51.08' : 'vp09.00.41.08';
  return big ? 'av01.0.12M.08' : 'av01.0.08M.08';
}

export function encoderConfig(
  codec: FilmCodec,
  size: { width: number; height: number },
  fps: number,
): VideoEncoderConfig {
  return {
    codec: codecString(codec, size),
    width: size.width,
    height: size.height,
    framerate: fps,
    // About 0.1 bit per pixel, 6 Mbit/s at 1080p30, and never under 2 Mbit/s: the map's thin lines and
    // small labels blur first, and at low frame rates each frame has few bits.
    bitrate: Math.max(2_000_000, Math.round(size.width * size.height * fps * 0.1)),
    latencyMode: 'quality',
    ...(codec === 'avc' ? { avc: { format: 'avc' as const } } : {}),
  };
}

/** The first codec of the format the browser says it can encode at this size, or null. */
export async function chooseCodec(
  format: FilmFormat,
  size: { width: number; height: number },
  fps: number,
): Promise<{ codec: FilmCodec; config: VideoEncoderConfig } | null> {
  for (const codec of CODECS[format]) {
    const config = encoderConfig(codec, size, fps);
    try {
      const answer = await VideoEncoder.isConfigSupported(config);
      if (answer.supported) return { codec, config };
    } catch {
      // A config the browser cannot even parse is one it cannot encode.
    }
  }
  return null;
}

export class FilmWriter {
  private readonly target = new BufferTarget();
  private readonly output: Output;
  private readonly source: EncodedVideoPacketSource;
  private readonly encoder: VideoEncoder;
  private failure: Error | null = null;
  /** Ends a wait for the encoder's queue: a failed encoder sends no more `dequeue` events. */
  private wake: (() => void) | null = null;
  /** Chunks are handed to the muxer in order, one after the other. */
  private writing: Promise<void> = Promise.resolve();
  private readonly keyEvery: number;

  private constructor(
    readonly format: FilmFormat,
    readonly codec: FilmCodec,
    config: VideoEncoderConfig,
    private readonly fps: number,
  ) {
    this.output = new Output({
      format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
      target: this.target,
    });
    this.source = new EncodedVideoPacketSource(codec);
    this.output.addVideoTrack(this.source, { frameRate: fps });
    this.keyEvery = Math.max(1, Math.round(fps * KEY_EVERY_SECONDS));
    this.encoder = new VideoEncoder({
      output: (chunk, meta) => {
        const packet = EncodedPacket.fromEncodedChunk(chunk);
        this.writing = this.writing.then(() => this.source.add(packet, meta));
        this.writing.catch((error: unknown) => this.fail(error));
      },
      error: (error) => this.fail(error),
    });
    this.encoder.configure(config);
  }

  /** A writer for the first codec of `format` this browser encodes; a clear error when there is none. */
  static async open(
    format: FilmFormat,
    size: { width: number; height: number },
    fps: number,
  ): Promise<FilmWriter> {
    if (!canEncode()) throw new Error('this browser cannot encode video (no WebCodecs)');
    const chosen = await chooseCodec(format, size, fps);
    if (!chosen) {
      throw new Error(
        `this browser cannot encode ${size.width}×${size.height} ${format.toUpperCase()} video`,
      );
    }
    const writer = new FilmWriter(format, chosen.codec, chosen.config, fps);
    await writer.output.start();
    return writer;
  }

  get mimeType(): string {
    return this.format === 'mp4' ? 'video/mp4' : 'video/webm';
  }

  /** Encodes `canvas` as frame `index`; waits while the encoder has a few frames queued. */
  async add(canvas: HTMLCanvasElement, index: number): Promise<void> {
    this.check();
    const duration = 1e6 / this.fps;
    const frame = new VideoFrame(canvas, {
      timestamp: Math.round(index * duration),
      duration: Math.round(duration),
    });
    try {
      this.encoder.encode(frame, { keyFrame: index % this.keyEvery === 0 });
    } finally {
      frame.close();
    }
    while (this.encoder.encodeQueueSize > MAX_QUEUED && !this.failure) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.encoder.addEventListener('dequeue', () => resolve(), { once: true });
      });
    }
    this.check();
  }

  async finish(): Promise<Blob> {
    this.check();
    await this.encoder.flush();
    await this.writing;
    this.check();
    this.encoder.close();
    this.source.close();
    await this.output.finalize();
    const buffer = this.target.buffer;
    if (!buffer) throw new Error('the film could not be written');
    return new Blob([buffer], { type: this.mimeType });
  }

  /** Stops without a file (cancelled or failed). */
  close(): void {
    if (this.encoder.state !== 'closed') this.encoder.close();
    void this.output.cancel().catch(() => undefined);
  }

  private fail(error: unknown): void {
    this.failure ??= new Error(
      `the video encoder failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    this.wake?.();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
