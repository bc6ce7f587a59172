<?php
/**
 * Enskilt inlägg: ett h-entry med kommentarerna inuti.
 *
 * @package Indie
 */

get_header();
?>

<main id="main" class="site-main">
	<?php
	while ( have_posts() ) :
		the_post();

		get_template_part( 'template-parts/content', 'single' );

		the_post_navigation(
			array(
				'prev_text'          => '<span class="nav-label">' . esc_html__( 'Föregående inlägg', 'indie' ) . '</span> <span class="nav-title">%title</span>',
				'next_text'          => '<span class="nav-label">' . esc_html__( 'Nästa inlägg', 'indie' ) . '</span> <span class="nav-title">%title</span>',
				'screen_reader_text' => __( 'Inläggsnavigering', 'indie' ),
				'aria_label'         => __( 'Inlägg', 'indie' ),
			)
		);
	endwhile;
	?>
</main>

<?php
get_footer();
