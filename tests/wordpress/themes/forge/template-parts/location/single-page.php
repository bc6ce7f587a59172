<?php
/**
 * Sida – exporterad Theme Builder-mall "Single – Sida" (#219).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

while ( have_posts() ) :
	the_post();
	?>
		<div data-elementor-type="single-page" data-elementor-id="<?php echo (int) FORGE_TPL_PAGE; ?>" class="elementor elementor-<?php echo (int) FORGE_TPL_PAGE; ?> elementor-location-single <?php echo esc_attr( implode( ' ', get_post_class() ) ); ?>" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-e4b2a71 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="e4b2a71" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-c90d3f8" data-id="c90d3f8" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-2d7e6b4 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="2d7e6b4" data-element_type="widget" data-widget_type="theme-post-title.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default"><?php the_title(); ?></h1>		</div>
				</div>
		<?php if ( has_post_thumbnail() ) : ?>
				<div class="elementor-element elementor-element-5d0c2e9 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="5d0c2e9" data-element_type="widget" data-widget_type="theme-post-featured-image.default">
				<div class="elementor-widget-container">
													<?php the_post_thumbnail( 'large' ); ?>													</div>
				</div>
		<?php endif; ?>
				<div class="elementor-element elementor-element-8f1a0c5 elementor-widget elementor-widget-theme-post-content" data-id="8f1a0c5" data-element_type="widget" data-widget_type="theme-post-content.default">
				<div class="elementor-widget-container">
			<?php
			if ( post_password_required() ) {
				echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			} else {
				the_content();
				wp_link_pages(
					array(
						'before'      => '<div class="page-links elementor-page-links"><span class="page-links-title elementor-page-links-title">' . esc_html__( 'Sidor:', 'forge' ) . '</span>',
						'after'       => '</div>',
						'link_before' => '<span>',
						'link_after'  => '</span>',
					)
				);
			}
			?>
		</div>
				</div>
					</div>
		</div>
					</div>
		</section>
		<?php if ( comments_open() || get_comments_number() ) : ?>
		<div class="elementor-element elementor-element-6a3e9d2 e-flex e-con-boxed e-con e-parent" data-id="6a3e9d2" data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-b8c4f17 elementor-widget elementor-widget-post-comments" data-id="b8c4f17" data-element_type="widget" data-widget_type="post-comments.theme_comments">
				<div class="elementor-widget-container">
			<?php comments_template(); ?>
		</div>
				</div>
					</div>
				</div>
		<?php endif; ?>
				</div>
	<?php
endwhile;
