<?php
/**
 * Sida.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

get_header();

while ( have_posts() ) :
	the_post();
	?>
	<section role="banner" class="entry-hero page-hero-section entry-hero-layout-standard">
		<div class="entry-hero-container-inner">
			<div class="hero-section-overlay"></div>
			<div class="hero-container site-container">
				<header class="entry-header page-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
					<?php the_title( '<h1 class="entry-title">', '</h1>' ); ?>
				</header>
			</div>
		</div>
	</section>

	<div id="primary" class="content-area">
		<div class="content-container site-container">
			<main id="main" class="site-main" role="main">
				<div class="content-wrap">
					<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
						<?php kadens_post_thumbnail( 'single' ); ?>
						<div class="entry-content-wrap">
							<div class="entry-content single-content">
								<?php
								the_content();
								wp_link_pages(
									array(
										'before' => '<div class="page-links">Sidor:',
										'after'  => '</div>',
									)
								);
								?>
							</div>
						</div>
					</article>
					<?php
					if ( comments_open() || get_comments_number() ) {
						comments_template();
					}
					?>
				</div>
			</main>
		</div>
	</div>
	<?php
endwhile;

get_footer();
