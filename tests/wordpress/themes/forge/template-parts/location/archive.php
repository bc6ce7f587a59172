<?php
/**
 * Arkiv – exporterad Theme Builder-mall "Arkiv – Blogg" (#318).
 * Villkor i byggaren: Alla arkiv, Sökresultat, Bloggsidan.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$forge_description = '';
if ( is_category() || is_tag() || is_tax() ) {
	$forge_description = term_description();
}
$forge_author_id = is_author() ? (int) get_query_var( 'author' ) : 0;
?>
		<div data-elementor-type="archive" data-elementor-id="<?php echo (int) FORGE_TPL_ARCHIVE; ?>" class="elementor elementor-<?php echo (int) FORGE_TPL_ARCHIVE; ?> elementor-location-archive" data-elementor-post-type="elementor_library">
					<section class="elementor-section elementor-top-section elementor-element elementor-element-a51c3e0 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="a51c3e0" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
							<div class="elementor-background-overlay"></div>
							<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-f7d2b18" data-id="f7d2b18" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-3b9e4c1 elementor-align-left elementor-widget elementor-widget-breadcrumbs" data-id="3b9e4c1" data-element_type="widget" data-widget_type="breadcrumbs.default">
				<div class="elementor-widget-container">
			<?php forge_breadcrumbs(); ?>		</div>
				</div>
				<div class="elementor-element elementor-element-e28f0a7 elementor-widget elementor-widget-theme-archive-title elementor-page-title elementor-widget-heading" data-id="e28f0a7" data-element_type="widget" data-widget_type="theme-archive-title.default">
				<div class="elementor-widget-container">
			<h1 class="elementor-heading-title elementor-size-default"><?php echo wp_kses_post( forge_get_page_title() ); ?></h1>		</div>
				</div>
		<?php if ( $forge_description ) : ?>
				<div class="elementor-element elementor-element-c6a1d95 elementor-widget elementor-widget-text-editor" data-id="c6a1d95" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<?php echo wp_kses_post( $forge_description ); ?>						</div>
				</div>
		<?php endif; ?>
		<?php if ( $forge_author_id ) : ?>
				<div class="elementor-element elementor-element-91d7c4e elementor-author-box--layout-image-left elementor-author-box--align-left elementor-author-box--avatar-yes elementor-author-box--name-yes elementor-author-box--biography-yes elementor-widget elementor-widget-author-box" data-id="91d7c4e" data-element_type="widget" data-widget_type="author-box.default">
				<div class="elementor-widget-container">
					<div class="elementor-author-box">
							<div class="elementor-author-box__avatar">
					<img src="<?php echo esc_url( get_avatar_url( $forge_author_id, array( 'size' => 300 ) ) ); ?>" alt="<?php /* translators: %s: författare */ echo esc_attr( sprintf( __( 'Bild på %s', 'forge' ), get_the_author_meta( 'display_name', $forge_author_id ) ) ); ?>" loading="lazy">
				</div>

			<div class="elementor-author-box__text">
									<div >
						<h4 class="elementor-author-box__name">
							<?php echo esc_html( get_the_author_meta( 'display_name', $forge_author_id ) ); ?>						</h4>
					</div>

									<div class="elementor-author-box__bio">
						<?php echo wp_kses_post( wpautop( forge_author_bio( $forge_author_id ) ) ); ?>					</div>

							</div>
		</div>
				</div>
				</div>
		<?php endif; ?>
		<?php if ( is_search() ) : ?>
				<div class="elementor-element elementor-element-5f0e3b2 elementor-search-form--skin-classic elementor-search-form--button-type-icon elementor-search-form--icon-search elementor-widget elementor-widget-search-form" data-id="5f0e3b2" data-element_type="widget" data-settings="{&quot;skin&quot;:&quot;classic&quot;}" data-widget_type="search-form.default">
				<div class="elementor-widget-container">
			<?php get_search_form( array( 'forge_widget_id' => '5f0e3b2' ) ); ?>
				</div>
				</div>
		<?php endif; ?>
					</div>
		</div>
					</div>
		</section>
				<section class="elementor-section elementor-top-section elementor-element elementor-element-4e8a2f6 elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="4e8a2f6" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-b3c7d10" data-id="b3c7d10" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-7a2d9e5 elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top elementor-widget elementor-widget-archive-posts" data-id="7a2d9e5" data-element_type="widget" data-settings="{&quot;archive_classic_columns&quot;:&quot;3&quot;,&quot;archive_classic_columns_tablet&quot;:&quot;2&quot;,&quot;archive_classic_columns_mobile&quot;:&quot;1&quot;,&quot;archive_classic_row_gap&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;size&quot;:35,&quot;sizes&quot;:[]},&quot;pagination_type&quot;:&quot;numbers_and_prev_next&quot;}" data-widget_type="archive-posts.archive_classic">
				<div class="elementor-widget-container">
		<?php if ( have_posts() ) : ?>
					<div class="elementor-posts-container elementor-posts elementor-posts--skin-archive_classic elementor-grid">
			<?php
			while ( have_posts() ) :
				the_post();
				get_template_part( 'template-parts/widgets/post-card', null, array( 'meta' => array( 'author', 'date', 'comments' ) ) );
			endwhile;
			?>
				</div>
					<?php forge_posts_pagination(); ?>
		<?php else : ?>
				<div class="elementor-posts-nothing-found">
					<?php
					if ( is_search() ) {
						esc_html_e( 'Inga inlägg matchade din sökning. Försök igen med andra sökord.', 'forge' );
					} else {
						esc_html_e( 'Det verkar som att vi inte kan hitta det du letar efter.', 'forge' );
					}
					?>
				</div>
		<?php endif; ?>
				</div>
				</div>
		<?php if ( is_active_sidebar( 'archive-bottom' ) ) : ?>
				<div class="elementor-element elementor-element-0f6b8c3 elementor-widget elementor-widget-sidebar" data-id="0f6b8c3" data-element_type="widget" data-widget_type="sidebar.default">
				<div class="elementor-widget-container">
			<?php dynamic_sidebar( 'archive-bottom' ); ?>		</div>
				</div>
		<?php endif; ?>
					</div>
		</div>
					</div>
		</section>
				</div>
