<?php
/**
 * Sökresultaten.
 *
 * @package Quill
 */

get_header();
?>

<div id="content" class="narrowcolumn">

	<h2 class="pagetitle">
		<?php
		/* translators: %s: sökordet */
		printf( __( 'Sökresultat för &#8221;%s&#8221;', 'quill' ), esc_html( get_search_query( false ) ) );
		?>
	</h2>

	<?php get_template_part( 'loop' ); ?>

</div>

<?php
get_sidebar();
get_footer();
