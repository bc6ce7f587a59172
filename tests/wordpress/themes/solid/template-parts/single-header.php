<?php
/**
 * Classic single header: categories, title, hidden schema, visible meta row.
 *
 * @package solid
 */
?>
<div class="header-standard header-classic single-header">
	<div class="penci-standard-cat penci-single-cat"><span class="cat"><?php solid_category( '' ); ?></span></div>

	<h1 class="post-title single-post-title entry-title"><?php the_title(); ?></h1>
	<?php solid_meta_schema(); ?>
	<div class="post-box-meta-single">
		<span class="author-post byline"><span class="author vcard">av <a class="author-url url fn n" href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php echo esc_html( get_the_author() ); ?></a></span></span>
		<span><?php solid_time_link(); ?></span>
		<span><?php solid_comments_number(); ?></span>
		<span><i class="penci-post-countview-number"><?php echo esc_html( solid_get_post_views() ); ?></i> visningar</span>
		<span class="single-readtime"><?php solid_reading_time(); ?></span>
	</div>
</div>
