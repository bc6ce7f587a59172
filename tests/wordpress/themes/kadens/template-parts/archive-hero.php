<?php
/**
 * Hero-sektion med arkivrubrik.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;
?>
<section role="banner" class="entry-hero post-archive-hero-section entry-hero-layout-standard">
	<div class="entry-hero-container-inner">
		<div class="hero-section-overlay"></div>
		<div class="hero-container site-container">
			<header class="entry-header post-archive-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
				<?php
				if ( is_search() ) {
					printf( '<h1 class="page-title search-title">Sökresultat för: <span>%s</span></h1>', esc_html( get_search_query() ) );
				} elseif ( is_home() ) {
					printf( '<h1 class="page-title archive-title">%s</h1>', esc_html( single_post_title( '', false ) ) );
				} else {
					the_archive_title( '<h1 class="page-title archive-title">', '</h1>' );
					the_archive_description( '<div class="archive-description">', '</div>' );
				}
				?>
			</header>
		</div>
	</div>
</section>
