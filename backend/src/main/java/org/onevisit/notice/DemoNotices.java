package org.onevisit.notice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.onevisit.platform.OneVisitConfig;

/** Demo mode only: two published notices for the home page, when there is no notice yet. Production gets none. */
@ApplicationScoped
public class DemoNotices {

    private final NoticeRepository notices;
    private final OneVisitConfig config;

    public DemoNotices(NoticeRepository notices, OneVisitConfig config) {
        this.notices = notices;
        this.config = config;
    }

    void onStart(@Observes @Priority(30) StartupEvent event) throws Throwable {
        if (config.mode() != OneVisitConfig.Mode.DEMO) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> notices.count().chain(count -> count > 0
                ? Uni.createFrom().voidItem()
                : notices.persist(notice("关于网上办事大厅试运行的通知",
                        """
                        慈溪市安全生产监督管理局网上办事大厅（演示）现已开放试运行。本局 20 个办事事项的办事指南均可在线查阅，其中多数事项可全程网上申报。

                        申报后可凭办件编号和查询码在首页“办件查询”查看办理进度；办理结果可选择电子送达、邮寄或窗口领取。

                        本站为演示环境，所列账户、办件和证照均为示例数据。""", 2))
                        .chain(() -> notices.persist(notice("危险化学品经营许可证延续申请提示",
                                """
                                危险化学品经营许可证有效期为 3 年。有效期届满需要继续从事经营活动的，请在有效期届满 3 个月前提出延续申请。

                                延续申请可在网上办事大厅在线提交，办事指南列明了所需材料和办理时限。""", 1)))
                        .replaceWithVoid())));
    }

    private static Notice notice(String title, String body, int daysAgo) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.title = title;
        n.body = body.strip();
        n.createdAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
        n.updatedAt = n.createdAt;
        n.publishedAt = n.createdAt;
        n.createdBy = "DEMO";
        return n;
    }
}
