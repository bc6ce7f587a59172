<?php
/**
 * En sida.
 *
 * @package Quill
 */

get_header();
?>

<div id="content" class="narrowcolumn">

	<?php
	while ( have_posts() ) :
		the_post();
		?>
		<div <?php post_class( 'post' ); ?> id="post-<?php the_ID(); ?>">
			<h2 class="storytitle entry-title"><a href="<?php the_permalink(); ?>" rel="bookmark" title="<?php echo esc_attr( sprintf( __( 'Permanent länk till %s', 'quill' ), the_title_attribute( array( 'echo' => false ) ) ) ); ?>"><?php the_title(); ?></a></h2>
			<div class="storycontent entry-content">
				<?php quill_post_thumbnail(); ?>
				<?php the_content( __( 'Läs mer &raquo;', 'quill' ) ); ?>
				<?php quill_link_pages(); ?>
			</div>
		</div>

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

	endwhile;
	?>

</div>

<?php
get_sidebar();
get_footer();
