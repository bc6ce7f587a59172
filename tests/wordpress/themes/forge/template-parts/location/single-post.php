<?php
/**
 * Single post – exporterad Theme Builder-mall "Single – Inlägg" (#214).
 * Villkor i byggaren: Inlägg → Alla.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

while ( have_posts() ) :
	the_post();

	$forge_author_id  = (int) get_the_author_meta( 'ID' );
	$forge_author_url = get_author_posts_url( $forge_author_id );
	$forge_protected  = post_password_required();
	$forge_categories = get_the_category();
	$forge_tags       = get_the_tags();
	?>
		<div data-elementor-type="single-post" data-elementor-id="<?php echo (int) FORGE_TPL_SINGLE; ?>" class="elementor elementor-<?php echo (int) FORGE_TPL_SINGLE; ?> elementor-location-single <?php echo esc_attr( implode( ' ', get_post_class() ) ); ?>" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-6fb1ac7 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="6fb1ac7" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
							<div class="elementor-background-overlay"></div>
							<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-c282c8e" data-id="c282c8e" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-517990b elementor-align-left elementor-widget elementor-widget-breadcrumbs" data-id="517990b" data-element_type="widget" data-widget_type="breadcrumbs.default">
				<div class="elementor-widget-container">
			<?php forge_breadcrumbs(); ?>		</div>
				</div>
				<div class="elementor-element elementor-element-405af33 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="405af33" data-element_type="widget" data-widget_type="theme-post-title.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default"><?php the_title(); ?></h1>		</div>
				</div>
				<div class="elementor-element elementor-element-c4c2cac elementor-widget elementor-widget-post-info" data-id="c4c2cac" data-element_type="widget" data-widget_type="post-info.default">
				<div class="elementor-widget-container">
					<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
								<li class="elementor-icon-list-item elementor-repeater-item-b909710 elementor-inline-item" itemprop="datePublished">
						<a href="<?php echo esc_url( get_day_link( get_the_date( 'Y' ), get_the_date( 'm' ), get_the_date( 'd' ) ) ); ?>">
											<span class="elementor-icon-list-icon">
								<?php forge_icon( 'fas-calendar' ); ?>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
							<span class="elementor-post-info__item-prefix"><?php esc_html_e( 'Publicerad', 'forge' ); ?></span>
										<time><?php echo esc_html( forge_get_date() ); ?></time>					</span>
									</a>
				</li>
				<li class="elementor-icon-list-item elementor-repeater-item-124477b elementor-inline-item">
										<span class="elementor-icon-list-icon">
								<?php forge_icon( 'far-clock' ); ?>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">
										<time><?php echo esc_html( forge_get_time() ); ?></time>					</span>
								</li>
				<li class="elementor-icon-list-item elementor-repeater-item-02a1f3e elementor-inline-item" itemprop="author">
						<a href="<?php echo esc_url( $forge_author_url ); ?>">
											<span class="elementor-icon-list-icon">
								<?php forge_icon( 'far-user-circle' ); ?>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">
							<span class="elementor-post-info__item-prefix"><?php esc_html_e( 'av', 'forge' ); ?></span>
										<?php echo esc_html( get_the_author_meta( 'display_name', $forge_author_id ) ); ?>					</span>
									</a>
				</li>
				<?php if ( comments_open() ) : ?>
				<li class="elementor-icon-list-item elementor-repeater-item-9d4b0c7 elementor-inline-item" itemprop="commentCount">
						<a href="<?php echo esc_url( get_comments_link() ); ?>">
											<span class="elementor-icon-list-icon">
								<?php forge_icon( 'far-comments' ); ?>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">
										<?php echo esc_html( forge_comments_text() ); ?>					</span>
									</a>
				</li>
				<?php endif; ?>
				</ul>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
		<?php if ( has_post_thumbnail() ) : ?>
				<section class="elementor-section elementor-top-section elementor-element elementor-element-d313331 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="d313331" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-c714dfb" data-id="c714dfb" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-69983a3 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="69983a3" data-element_type="widget" data-widget_type="theme-post-featured-image.default">
				<div class="elementor-widget-container">
													<?php the_post_thumbnail( 'large' ); ?>													</div>
				</div>
					</div>
		</div>
					</div>
		</section>
		<?php endif; ?>
				<section class="elementor-section elementor-top-section elementor-element elementor-element-7f38d1a elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="7f38d1a" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-df5f684" data-id="df5f684" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-2f3393a elementor-widget elementor-widget-theme-post-content" data-id="2f3393a" data-element_type="widget" data-widget_type="theme-post-content.default">
				<div class="elementor-widget-container">
			<?php
			if ( $forge_protected ) {
				echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			} else {
				the_content();
				wp_link_pages(
					array(
						'before'      => '<div class="page-links elementor-page-links"><span class="page-links-title elementor-page-links-title">' . esc_html__( 'Sidor:', 'forge' ) . '</span>',
						'after'       => '</div>',
						'link_before' => '<span>',
						'link_after'  => '</span>',
						'pagelink'    => '<span class="screen-reader-text">' . esc_html__( 'Sida', 'forge' ) . ' </span>%',
						'separator'   => '<span class="screen-reader-text">, </span>',
					)
				);
			}
			?>
		</div>
				</div>
				<section class="elementor-section elementor-inner-section elementor-element elementor-element-01dd840 elementor-section-content-middle elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="01dd840" data-element_type="section">
						<div class="elementor-container elementor-column-gap-no">
					<div class="elementor-column elementor-col-50 elementor-inner-column elementor-element elementor-element-3ec14e5" data-id="3ec14e5" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-f05049d elementor-widget elementor-widget-post-info" data-id="f05049d" data-element_type="widget" data-widget_type="post-info.default">
				<div class="elementor-widget-container">
					<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
					<?php if ( ! empty( $forge_categories ) ) : ?>
								<li class="elementor-icon-list-item elementor-repeater-item-1ec5b5e elementor-inline-item" itemprop="about">
										<span class="elementor-icon-list-icon">
								<?php forge_icon( 'fas-tags' ); ?>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
							<span class="elementor-post-info__item-prefix"><?php esc_html_e( 'Kategorier:', 'forge' ); ?></span>
										<span class="elementor-post-info__terms-list">
				<?php
				$forge_links = array();
				foreach ( $forge_categories as $forge_term ) {
					$forge_links[] = '<a href="' . esc_url( get_category_link( $forge_term ) ) . '" class="elementor-post-info__terms-list-item">' . esc_html( $forge_term->name ) . '</a>';
				}
				echo implode( ', ', $forge_links ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				?>
				</span>
					</span>
								</li>
					<?php endif; ?>
					<?php if ( ! empty( $forge_tags ) && ! is_wp_error( $forge_tags ) ) : ?>
				<li class="elementor-icon-list-item elementor-repeater-item-959057d elementor-inline-item" itemprop="about">
										<span class="elementor-icon-list-icon">
								<?php forge_icon( 'fas-tags' ); ?>							</span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
							<span class="elementor-post-info__item-prefix"><?php esc_html_e( 'Taggar:', 'forge' ); ?></span>
										<span class="elementor-post-info__terms-list">
				<?php
				$forge_links = array();
				foreach ( $forge_tags as $forge_term ) {
					$forge_links[] = '<a href="' . esc_url( get_tag_link( $forge_term ) ) . '" class="elementor-post-info__terms-list-item">' . esc_html( $forge_term->name ) . '</a>';
				}
				echo implode( ', ', $forge_links ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				?>
				</span>
					</span>
								</li>
					<?php endif; ?>
				</ul>
				</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-50 elementor-inner-column elementor-element elementor-element-d0fb9c3" data-id="d0fb9c3" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-17744e0 elementor-widget__width-auto elementor-widget elementor-widget-heading" data-id="17744e0" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h6 class="elementor-heading-title elementor-size-default"><?php esc_html_e( 'Dela:', 'forge' ); ?></h6>		</div>
				</div>
				<div class="elementor-element elementor-element-b09a294 elementor-share-buttons--view-icon elementor-share-buttons--skin-minimal elementor-share-buttons--shape-circle elementor-widget__width-auto elementor-share-buttons--align-right elementor-grid-0 elementor-share-buttons--color-official elementor-widget elementor-widget-share-buttons" data-id="b09a294" data-element_type="widget" data-widget_type="share-buttons.default">
				<div class="elementor-widget-container">
					<div class="elementor-grid">
					<?php
					$forge_networks = array(
						'linkedin' => array( 'fab-linkedin', 'LinkedIn' ),
						'facebook' => array( 'fab-facebook', 'Facebook' ),
						'twitter'  => array( 'fab-x-twitter', 'X' ),
						'email'    => array( 'fas-envelope', 'E-post' ),
					);
					foreach ( $forge_networks as $forge_network => $forge_net ) :
						?>
								<div class="elementor-grid-item">
						<div class="elementor-share-btn elementor-share-btn_<?php echo esc_attr( $forge_network ); ?>" role="button" tabindex="0" aria-label="<?php /* translators: %s: nätverk */ echo esc_attr( sprintf( __( 'Dela på %s', 'forge' ), $forge_network ) ); ?>">
															<span class="elementor-share-btn__icon">
								<?php forge_icon( $forge_net[0] ); ?>							</span>
															<div class="elementor-share-btn__text">
																	<span class="elementor-share-btn__title"><?php echo esc_html( $forge_net[1] ); ?></span>
															</div>
													</div>
					</div>
					<?php endforeach; ?>
						</div>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
				<div class="elementor-element elementor-element-0ce1cb7 elementor-author-box--layout-image-left elementor-author-box--align-left elementor-author-box--avatar-yes elementor-author-box--name-yes elementor-author-box--biography-yes elementor-author-box--link-yes elementor-widget elementor-widget-author-box" data-id="0ce1cb7" data-element_type="widget" data-widget_type="author-box.default">
				<div class="elementor-widget-container">
					<div class="elementor-author-box">
							<a href="<?php echo esc_url( $forge_author_url ); ?>" class="elementor-author-box__avatar">
					<img src="<?php echo esc_url( get_avatar_url( $forge_author_id, array( 'size' => 300 ) ) ); ?>" alt="<?php /* translators: %s: författare */ echo esc_attr( sprintf( __( 'Bild på %s', 'forge' ), get_the_author_meta( 'display_name', $forge_author_id ) ) ); ?>" loading="lazy">
				</a>

			<div class="elementor-author-box__text">
									<a href="<?php echo esc_url( $forge_author_url ); ?>">
						<h4 class="elementor-author-box__name">
							<?php echo esc_html( get_the_author_meta( 'display_name', $forge_author_id ) ); ?>						</h4>
					</a>

									<div class="elementor-author-box__bio">
						<?php echo wp_kses_post( wpautop( forge_author_bio( $forge_author_id ) ) ); ?>					</div>

									<a class="elementor-author-box__button elementor-button elementor-size-xs" href="<?php echo esc_url( $forge_author_url ); ?>">
						<?php esc_html_e( 'Alla inlägg', 'forge' ); ?>					</a>
							</div>
		</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-2b57cd1 elementor-post-navigation-borders-yes elementor-widget elementor-widget-post-navigation" data-id="2b57cd1" data-element_type="widget" data-widget_type="post-navigation.default">
				<div class="elementor-widget-container">
					<div class="elementor-post-navigation">
			<div class="elementor-post-navigation__prev elementor-post-navigation__link">
				<?php
				previous_post_link(
					'%link',
					'<span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">' . forge_get_icon( 'fas-angle-left' ) . '<span class="elementor-screen-only">' . esc_html__( 'Föregående', 'forge' ) . '</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">' . esc_html__( 'Föregående inlägg', 'forge' ) . '</span><span class="post-navigation__prev--title">%title</span></span>'
				);
				?>
			</div>
							<div class="elementor-post-navigation__separator-wrapper">
					<div class="elementor-post-navigation__separator"></div>
				</div>
						<div class="elementor-post-navigation__next elementor-post-navigation__link">
				<?php
				next_post_link(
					'%link',
					'<span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">' . esc_html__( 'Nästa inlägg', 'forge' ) . '</span><span class="post-navigation__next--title">%title</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next">' . forge_get_icon( 'fas-angle-right' ) . '<span class="elementor-screen-only">' . esc_html__( 'Nästa', 'forge' ) . '</span></span>'
				);
				?>
			</div>
		</div>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
		<?php
		$forge_related = forge_related_query( get_the_ID(), 3 );
		if ( $forge_related->have_posts() ) :
			?>
		<div class="elementor-element elementor-element-81614be e-flex e-con-boxed e-con e-parent" data-id="81614be" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;,&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-40c5709 elementor-widget elementor-widget-heading" data-id="40c5709" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h2 class="elementor-heading-title elementor-size-default"><?php esc_html_e( 'Relaterade inlägg', 'forge' ); ?></h2>		</div>
				</div>
				<div class="elementor-element elementor-element-329eb98 elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts" data-id="329eb98" data-element_type="widget" data-settings="{&quot;classic_columns&quot;:&quot;3&quot;,&quot;classic_columns_tablet&quot;:&quot;2&quot;,&quot;classic_columns_mobile&quot;:&quot;1&quot;,&quot;classic_row_gap&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;size&quot;:35,&quot;sizes&quot;:[]}}" data-widget_type="posts.classic">
				<div class="elementor-widget-container">
					<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
				<?php
				while ( $forge_related->have_posts() ) :
					$forge_related->the_post();
					get_template_part( 'template-parts/widgets/post-card', null, array( 'meta' => array( 'date', 'comments' ) ) );
				endwhile;
				wp_reset_postdata();
				?>
				</div>
				</div>
				</div>
					</div>
				</div>
		<?php endif; ?>
		<div class="elementor-element elementor-element-d9cce9e e-flex e-con-boxed e-con e-parent" data-id="d9cce9e" data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-8dd6f9f elementor-widget elementor-widget-post-comments" data-id="8dd6f9f" data-element_type="widget" data-widget_type="post-comments.theme_comments">
				<div class="elementor-widget-container">
			<?php comments_template(); ?>
		</div>
				</div>
					</div>
				</div>
				</div>
	<?php
endwhile;
