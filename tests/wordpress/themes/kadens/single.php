<?php
/**
 * Enskilt inlägg.
 *
 * Kadence-layout "Titel ovanför" (entry-hero) – rubrik, kategoripiller och
 * metarad ligger i en hero-sektion FÖRE själva artikeln.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

get_header();

while ( have_posts() ) :
	the_post();
	?>
	<section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard">
		<div class="entry-hero-container-inner">
			<div class="hero-section-overlay"></div>
			<div class="hero-container site-container">
				<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
					<?php kadens_category_pills(); ?>
					<?php the_title( '<h1 class="entry-title">', '</h1>' ); ?>
					<?php kadens_entry_meta(); ?>
				</header><!-- .entry-header -->
			</div>
		</div>
	</section><!-- .entry-hero -->

	<div id="primary" class="content-area">
		<div class="content-container site-container">
			<main id="main" class="site-main" role="main">
				<div class="content-wrap">
					<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
						<?php kadens_post_thumbnail( 'single' ); ?>
						<div class="entry-content-wrap">
							<div class="entry-content single-content">
								<?php
								the_content( 'Läs mer<span class="screen-reader-text"> om ' . esc_html( get_the_title() ) . '</span>' );

								wp_link_pages(
									array(
										'before'      => '<div class="page-links">Sidor:',
										'after'       => '</div>',
										'link_before' => '<span class="page-link-number">',
										'link_after'  => '</span>',
									)
								);
								?>
							</div><!-- .entry-content -->
							<footer class="entry-footer">
								<?php kadens_entry_taxonomies(); ?>
							</footer><!-- .entry-footer -->
						</div>
					</article><!-- #post-<?php the_ID(); ?> -->

					<?php
					the_post_navigation(
						array(
							'prev_text'          => '<div class="post-navigation-sub"><small>&larr; Föregående</small></div>%title',
							'next_text'          => '<div class="post-navigation-sub"><small>Nästa &rarr;</small></div>%title',
							'screen_reader_text' => 'Inläggsnavigering',
							'aria_label'         => 'Inlägg',
						)
					);

					if ( comments_open() || get_comments_number() ) {
						comments_template();
					}

					kadens_related_posts();
					?>
				</div>
			</main><!-- #main -->
		</div>
	</div><!-- #primary -->
	<?php
endwhile;

get_footer();
