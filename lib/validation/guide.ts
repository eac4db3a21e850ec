// Guide library input, shared by the forms, the server actions and the data layer.
import { z } from "zod";
import { GuideTopic } from "@/lib/generated/prisma/enums";
import { optionalText } from "./common";
import { optionalDay } from "./policy";

export const GUIDE_TOPICS = Object.values(GuideTopic);

export const guideInput = z.object({
  topic: z.enum(GuideTopic, { error: "validation.choose" }),
  title: z.string().trim().min(1).min(3).max(200),
});

export type GuideInput = z.infer<typeof guideInput>;

export const guideVersionInput = z
  .object({
    version: z
      .string()
      .trim()
      .min(1)
      .max(20)
      .regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, { error: "guides.validation.version" }),
    publishedOn: optionalDay,
    notes: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    // zod runs this even when a field failed: a date that did not parse has its own message already.
    if (v.publishedOn === undefined) ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "validation.required" });
    else if (v.publishedOn instanceof Date && v.publishedOn.getTime() > Date.now())
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "guides.validation.publishedOnFuture" });
  });

export type GuideVersionInput = z.infer<typeof guideVersionInput>;
