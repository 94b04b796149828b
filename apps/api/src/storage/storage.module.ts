import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig, StorageConfig } from '../config/config';
import type { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** Injection token of the FileStorage that keeps uploaded files. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Builds the storage for the configured driver without contacting it. */
export function createFileStorage(config: StorageConfig): FileStorage {
  return config.driver === 's3' ? new S3FileStorage(config) : new LocalFileStorage(config.root);
}

/** Closes the S3 client's connections when the application closes. */
@Injectable()
export class FileStorageCloser implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3FileStorage) this.storage.close();
  }
}

/**
 * Provides FILE_STORAGE to every module. Start-up fails when `check()` fails, so a wrong bucket,
 * key or folder shows at once instead of at the first upload.
 */
@Module({})
export class StorageModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StorageModule,
      global: true,
      providers: [
        {
          provide: FILE_STORAGE,
          useFactory: async (): Promise<FileStorage> => {
            const storage = createFileStorage(config.storage);
            try {
              await storage.check();
            } catch (error) {
              if (storage instanceof S3FileStorage) storage.close();
              throw error;
            }
            new Logger(StorageModule.name).log(
              { driver: storage.driver, location: describeLocation(config.storage) },
              'file storage is ready',
            );
            return storage;
          },
        },
        FileStorageCloser,
      ],
      exports: [FILE_STORAGE],
    };
  }
}

function describeLocation(config: StorageConfig): string {
  if (config.driver === 'local') return config.root;
  const bucketPath = config.prefix === '' ? config.bucket : `${config.bucket}/${config.prefix}`;
  return `${config.endpoint ?? `AWS ${config.region}`} ${bucketPath}`;
}
