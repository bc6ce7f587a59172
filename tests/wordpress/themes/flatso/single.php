<?php
/**
 * The blog template file.
 *
 * @package flatso
 */

get_header();

?>

<div id="content" class="blog-wrapper blog-single page-wrapper">
	<?php get_template_part( 'template-parts/posts/layout', flatsome_option( 'blog_post_layout' ) ); ?>
</div>

<?php
get_footer();
