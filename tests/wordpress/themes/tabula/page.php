<?php
/**
 * En sida: brödsmulor (Hem › förälder › rubrik), rubrik, innehåll.
 * Inga datum eller kategorier; kommentarer bara om de är öppna eller finns.
 *
 * @package Tabula
 */

get_header();
?>
<main id="innehall">
<?php
while ( have_posts() ) :
	the_post();
	?>
<article id="post-<?php the_ID(); ?>">
<?php
	the_title( '<h1>', "</h1>\n" );

	if ( has_post_thumbnail() && ! post_password_required() ) {
		the_post_thumbnail( 'large' );
		echo "\n";
	}

	the_content();

	wp_link_pages(
		array(
			'before' => '<p>' . esc_html__( 'Sidor:', 'tabula' ),
			'after'  => "</p>\n",
		)
	);
	?>
</article>
	<?php
	if ( comments_open() || get_comments_number() ) {
		comments_template();
	}
endwhile;
?>
</main>
<?php
get_footer();
