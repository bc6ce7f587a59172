<!doctype html>
<html <?php language_attributes(); ?> class="h-full scroll-smooth">
  <head>
    <meta charset="<?php bloginfo('charset'); ?>">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <?php wp_head(); ?>
  </head>

  <body <?php body_class('flex min-h-full flex-col bg-white font-sans text-zinc-900 antialiased'); ?>>
    <?php wp_body_open(); ?>

    <div id="app" class="flex flex-1 flex-col">
      <a class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-semibold focus:shadow" href="#main">
        <?= esc_html__('Hoppa till innehållet', 'verkstad') ?>
      </a>

      <?php get_template_part('resources/views/sections/header'); ?>

      <main id="main" class="flex-1">
