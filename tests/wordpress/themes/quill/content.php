<?php
/**
 * Ett inlägg: datumrubrik, rubrik, text och raden med författare, tid,
 * kategorier och kommentarer. Används både i listorna och på inläggssidan.
 *
 * @package Quill
 */

quill_date_header();
?>
<div <?php post_class( 'post' ); ?> id="post-<?php the_ID(); ?>">
	<?php if ( '' !== get_the_title() ) : ?>
	<h2 class="storytitle entry-title"><a href="<?php the_permalink(); ?>" rel="bookmark" title="<?php echo esc_attr( sprintf( __( 'Permanent länk till %s', 'quill' ), the_title_attribute( array( 'echo' => false ) ) ) ); ?>"><?php the_title(); ?></a></h2>
	<?php endif; ?>

	<div class="storycontent entry-content">
		<?php quill_post_thumbnail(); ?>
		<?php
		if ( is_search() ) {
			the_excerpt();
		} else {
			the_content( __( 'Läs mer &raquo;', 'quill' ) );
		}
		quill_link_pages();
		?>
	</div>

	<div class="postmetadata">
		<?php quill_postmetadata(); ?>
	</div>
</div>

