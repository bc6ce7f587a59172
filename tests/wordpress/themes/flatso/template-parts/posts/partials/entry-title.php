<h6 class="entry-category is-xsmall">
	<?php echo get_the_category_list( ', ' ); // phpcs:ignore ?>
</h6>

<?php
if ( is_single() ) {
	echo '<h1 class="entry-title">' . get_the_title() . '</h1>'; // phpcs:ignore
} else {
	echo '<h2 class="entry-title"><a href="' . esc_url( get_the_permalink() ) . '" rel="bookmark" class="plain">' . get_the_title() . '</a></h2>'; // phpcs:ignore
}
?>

<div class="entry-divider is-divider small"></div>

<?php
$single_post = is_singular( 'post' );
if ( $single_post && flatsome_option( 'blog_single_header_meta' ) ) :
	?>
	<div class="entry-meta uppercase is-xsmall">
		<?php flatsome_posted_on(); ?>
	</div>
<?php elseif ( ! $single_post && 'post' === get_post_type() ) : ?>
	<div class="entry-meta uppercase is-xsmall">
		<?php flatsome_posted_on(); ?>
	</div>
<?php endif; ?>
