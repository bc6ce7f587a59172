<?php
/**
 * Enskild artikel: artikeln, kommentarerna och sedan nästa (äldre) artikel i sin helhet.
 *
 * @package Courant
 */

get_header();
?>

<div class="container layout">
	<main id="main" class="site-main">

		<?php
		while ( have_posts() ) :
			the_post();

			courant_breadcrumbs();

			get_template_part( 'template-parts/content', 'single', array( 'context' => 'current' ) );

			the_post_navigation(
				array(
					'prev_text'          => '<span class="nav-label">' . __( 'Äldre artikel', 'courant' ) . '</span><span class="nav-title">%title</span>',
					'next_text'          => '<span class="nav-label">' . __( 'Nyare artikel', 'courant' ) . '</span><span class="nav-title">%title</span>',
					'screen_reader_text' => __( 'Fler artiklar', 'courant' ),
					'aria_label'         => __( 'Artiklar', 'courant' ),
				)
			);

			comments_template();

			courant_next_article();

		endwhile;
		?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
