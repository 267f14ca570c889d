package org.alephdeploy.deploy.pack;

/** What a folder is packed for, which decides its archive format (see {@link FolderPacker}). */
public enum FolderUse {
    /** A program's code: a zip when it fits inline on a compute node, else a squashfs image. */
    CODE,
    /** A volume or a runtime: always a squashfs image, the only thing a compute node mounts. */
    VOLUME
}
